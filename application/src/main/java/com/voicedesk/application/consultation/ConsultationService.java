package com.voicedesk.application.consultation;

import com.voicedesk.application.room.TenantSlugs;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.consultation.ConsultationRepository;
import com.voicedesk.domain.consultation.ConsultationStatus;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.room.EgressPurpose;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.room.RecordingSettingsRepository;
import com.voicedesk.domain.room.RoomAccess;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.RoomEgressRepository;
import com.voicedesk.domain.room.RoomName;
import com.voicedesk.domain.room.RoomRecorder;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.room.RoomTokenIssuer;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.DomainException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.transcript.TranscriptRepository;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Consultation rooms. Creating one makes the LiveKit room first (nothing is stored if that fails), then the
 * consultation and its call (purpose CONSULTATION: the call carries the transcript), then, when asked, the
 * recording: a recording that does not start is reported, not fatal, since the room is already usable.
 */
public final class ConsultationService implements CreateConsultationUseCase, JoinConsultationUseCase,
        ConsultationQueriesUseCase {

    static final int MAX_SEGMENTS_SHOWN = 10_000;
    private static final System.Logger LOG = System.getLogger(ConsultationService.class.getName());

    /** The ports a consultation touches, grouped so the constructor stays readable. */
    public record Stores(ContactRepository contacts, CallRepository calls, ConsultationRepository consultations,
                         RoomEgressRepository egresses, TranscriptRepository transcripts,
                         RecordingSettingsRepository recordingSettings) {
    }

    /** The media server's side. */
    public record Media(RoomService rooms, RoomRecorder recorder, RoomTokenIssuer tokens) {
    }

    private final Stores stores;
    private final Media media;
    private final TenantSlugs slugs;
    private final RoomAccessPolicy policy;
    private final ConsultationLinks links;
    private final ConsultationSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConsultationService(Stores stores, Media media, TenantSlugs slugs, RoomAccessPolicy policy,
                               ConsultationLinks links, ConsultationSettings settings, UnitOfWork unitOfWork,
                               Clock clock) {
        this.stores = stores;
        this.media = media;
        this.slugs = slugs;
        this.policy = policy;
        this.links = links;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Uni<ConsultationCreated> create(CreateConsultationCommand command) {
        TenantId tenant = command.tenantId();
        return slugs.of(tenant)
                .flatMap(slug -> stores.contacts().findById(tenant, command.contactId())
                        .map(found -> found.orElseThrow(() -> new NotFoundException("Contact", command.contactId())))
                        .flatMap(contact -> recordingSettings(command).flatMap(recording -> {
                            ConsultationId id = ConsultationId.random();
                            return open(command, id, RoomName.consultation(slug, id), contact, recording);
                        })));
    }

    private Uni<ConsultationCreated> open(CreateConsultationCommand command, ConsultationId id, RoomName room,
                                          Contact contact, Optional<RecordingSettings> recording) {
        TenantId tenant = command.tenantId();
        Instant now = clock.instant();
        // Decided before anything is created: a bad admin identity fails the request cleanly.
        RoomAccess admin = policy.decide(room, ParticipantRole.ADMIN, command.adminIdentity(), command.adminName());
        Call call = Call.outbound(tenant, contact.id(), CallPurpose.CONSULTATION, command.adminIdentity(),
                clientIdentity(contact.id()), now).withRoomName(room.value());
        Consultation consultation = Consultation.open(id, tenant, contact.id(), call.id(), room.value(), command.title(),
                command.record(), command.adminIdentity(), now);
        RoomSpec spec = new RoomSpec(room.value(), settings.emptyTimeout(), settings.maxParticipants(),
                "{\"type\":\"consultation\",\"consultationId\":\"" + id + "\",\"contactId\":\"" + contact.id() + "\"}");
        return media.rooms().createRoom(tenant, spec)
                .chain(() -> unitOfWork.inTransaction(() -> stores.calls().insert(call)
                        .chain(() -> stores.consultations().insert(consultation))))
                .chain(() -> startRecording(tenant, room, recording))
                .flatMap(started -> media.tokens().issue(tenant, admin)
                        .flatMap(token -> links.create(tenant, id).map(link -> new ConsultationCreated(
                                new ConsultationView(consultation, started.egresses(), List.of()), token, link,
                                started.problem()))));
    }

    private record RecordingStart(List<RoomEgress> egresses, String problem) {
    }

    private Uni<RecordingStart> startRecording(TenantId tenant, RoomName room, Optional<RecordingSettings> recording) {
        if (recording.isEmpty()) {
            return Uni.createFrom().item(new RecordingStart(List.of(), null));
        }
        return media.recorder().startRecording(tenant, room.value(), recording.get())
                .call(stores.egresses()::record)
                .map(egress -> new RecordingStart(List.of(egress), null))
                .onFailure(DomainException.class).recoverWithItem(failure -> {
                    LOG.log(System.Logger.Level.WARNING, "Recording of room {0} did not start: {1}", room,
                            failure.getMessage());
                    return new RecordingStart(List.of(), "The recording did not start: " + failure.getMessage());
                });
    }

    private Uni<Optional<RecordingSettings>> recordingSettings(CreateConsultationCommand command) {
        if (!command.record()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return stores.recordingSettings().find(command.tenantId()).map(found -> {
            if (found.isEmpty()) {
                throw new CapabilityNotConfiguredException("recording",
                        "This tenant has no recording output; set it with PUT /admin/tenants/{slug}/recording");
            }
            return found;
        });
    }

    @Override
    public Uni<ClientJoin> join(String linkToken) {
        return links.verify(linkToken).flatMap(target -> {
            TenantId tenant = target.tenantId();
            return stores.consultations().findById(tenant, target.consultationId())
                    .map(found -> found.filter(c -> c.status() != ConsultationStatus.ENDED).orElseThrow(() ->
                            new AccessDeniedException("This consultation has ended or no longer exists")))
                    .flatMap(consultation -> stores.contacts().findById(tenant, consultation.contactId())
                            .map(contact -> contact.orElseThrow(() ->
                                    new AccessDeniedException("This consultation's contact no longer exists")))
                            .flatMap(contact -> slugs.of(tenant).flatMap(slug -> {
                                RoomName room = RoomName.parse(consultation.roomName()).filter(r -> r.belongsTo(slug))
                                        .orElseThrow(() -> new AccessDeniedException("This consultation has no room"));
                                RoomAccess access = policy.decide(room, ParticipantRole.CLIENT,
                                        clientIdentity(contact.id()), contact.name());
                                return media.tokens().issue(tenant, access)
                                        .map(token -> new ClientJoin(consultation.id(), contact.name(), token));
                            })));
        });
    }

    @Override
    public Uni<Page<ConsultationView>> list(TenantId tenant, PageRequest page) {
        return stores.consultations().list(tenant, page).flatMap(found -> stores.egresses()
                .listByRooms(tenant, found.items().stream().map(Consultation::roomName).toList())
                .map(all -> {
                    Map<String, List<RoomEgress>> byRoom = all.stream()
                            .filter(e -> e.purpose() == EgressPurpose.RECORDING)
                            .collect(Collectors.groupingBy(RoomEgress::roomName));
                    return found.map(c -> new ConsultationView(c, byRoom.getOrDefault(c.roomName(), List.of()), List.of()));
                }));
    }

    @Override
    public Uni<ConsultationView> get(TenantId tenant, ConsultationId id) {
        return stores.consultations().findById(tenant, id)
                .map(found -> found.orElseThrow(() -> new NotFoundException("Consultation", id)))
                .flatMap(consultation -> stores.egresses().listByRooms(tenant, List.of(consultation.roomName()))
                        .flatMap(egresses -> stores.transcripts().list(tenant, consultation.callId(), 0, MAX_SEGMENTS_SHOWN)
                                .map(transcript -> new ConsultationView(consultation,
                                        egresses.stream().filter(e -> e.purpose() == EgressPurpose.RECORDING).toList(),
                                        transcript))));
    }

    /** The identity a contact has in their consultations: stable, so a second device replaces the first. */
    static String clientIdentity(ContactId contact) {
        return "client-" + contact;
    }
}
