package com.voicedesk.application.telephony;

import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.application.contact.CreateContactCommand;
import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.room.RoomName;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.tenant.CallRouting;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.util.Optional;

/**
 * Answers the voice webhook. Reads first (tenant, duplicate check), then makes the room (a remote call,
 * bounded by the policy's timeout, outside any transaction), then stores contact and call together.
 */
public final class InboundCallService implements ReceiveInboundCallUseCase {

    private static final System.Logger LOG = System.getLogger(InboundCallService.class.getName());

    private final TenantRepository tenants;
    private final CallRepository calls;
    private final ContactRepository contacts;
    private final CreateContactUseCase createContact;
    private final RoomService rooms;
    private final UnitOfWork unitOfWork;
    private final DatabaseWork database;
    private final Clock clock;
    private final InboundCallPolicy policy;

    public InboundCallService(TenantRepository tenants, CallRepository calls, ContactRepository contacts,
                              CreateContactUseCase createContact, RoomService rooms, UnitOfWork unitOfWork,
                              DatabaseWork database, Clock clock, InboundCallPolicy policy) {
        this.tenants = tenants;
        this.calls = calls;
        this.contacts = contacts;
        this.createContact = createContact;
        this.rooms = rooms;
        this.unitOfWork = unitOfWork;
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public Uni<InboundCallDecision> receive(ReceiveInboundCallCommand command) {
        return database.run(() -> tenants.findById(command.tenantId())
                        .map(found -> found.orElseThrow(() -> new NotFoundException("Tenant", command.tenantId())))
                        .call(tenant -> calls.findByProviderCallId(tenant.id(), command.providerCallId())
                                .invoke(existing -> {
                                    if (existing.isPresent()) {
                                        throw new ConflictException("Call " + command.providerCallId()
                                                + " was already received; a repeated voice webhook is refused");
                                    }
                                })))
                .flatMap(tenant -> {
                    Call call = Call.inbound(tenant.id(), null, command.from(), command.to(), command.providerCallId(),
                            clock.instant());
                    return route(tenant, call).flatMap(route -> {
                        Call routed = route instanceof InboundCallDecision.ToRoom room ? call.withRoomName(room.roomName()) : call;
                        return database.run(() -> store(routed, command)).map(stored -> new InboundCallDecision(stored,
                                Optional.ofNullable(tenant.settings().recordingDisclosure()), route));
                    });
                });
    }

    private Uni<InboundCallDecision.Route> route(Tenant tenant, Call call) {
        CallRouting routing = tenant.settings().callRouting();
        if (routing.mode() == CallRouting.Mode.FORWARD) {
            return Uni.createFrom().item(new InboundCallDecision.Forward(routing.forwardTo(), Optional.empty()));
        }
        // the shared naming scheme: LiveKit webhooks and room tokens recognise the room as this tenant's call
        String roomName = RoomName.call(tenant.slug(), call.id()).value();
        Optional<String> sipUri = routing.sipUriFor(roomName);
        if (sipUri.isEmpty()) {
            return Uni.createFrom().item(fallback(routing, "no LiveKit SIP URI is configured (settings.callRouting.sipUri)"));
        }
        String metadata = "{\"type\":\"call\",\"callId\":\"" + call.id() + "\"}";
        return rooms.createRoom(tenant.id(), new RoomSpec(roomName, policy.roomEmptyTimeout(), 0, metadata))
                .ifNoItem().after(policy.roomCreateTimeout()).fail()
                .<InboundCallDecision.Route>map(created -> new InboundCallDecision.ToRoom(roomName, sipUri.get()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.log(System.Logger.Level.WARNING, "Call {0}: the LiveKit room could not be created ({1}); forwarding",
                            call.id(), failure.toString());
                    return fallback(routing, "the call room could not be created: " + failure.getMessage());
                });
    }

    private InboundCallDecision.Route fallback(CallRouting routing, String reason) {
        if (routing.forwardTo() == null) {
            return new InboundCallDecision.Unroutable(reason + "; and no forward number is set", policy.unavailableMessage());
        }
        return new InboundCallDecision.Forward(routing.forwardTo(), Optional.of(reason));
    }

    private Uni<Call> store(Call call, ReceiveInboundCallCommand command) {
        return unitOfWork.inTransaction(() -> contactFor(call, command)
                .flatMap(contact -> {
                    Call linked = new Call(call.id(), call.tenantId(), contact.orElse(null), call.direction(),
                            call.purpose(), call.status(), call.from(), call.to(), call.providerCallId(),
                            call.roomName(), call.transcriptStatus(), call.costs(), call.createdAt(),
                            call.answeredAt(), call.endedAt(), call.version());
                    return calls.insert(linked).replaceWith(linked);
                }));
    }

    /** The caller's contact: the newest with this number, or a new lead; none for a withheld number. */
    private Uni<Optional<ContactId>> contactFor(Call call, ReceiveInboundCallCommand command) {
        if (!PhoneNumber.isValid(command.from())) {
            return Uni.createFrom().item(Optional.empty());
        }
        PhoneNumber phone = PhoneNumber.parse(command.from());
        return contacts.findByPhone(call.tenantId(), phone).flatMap(found -> {
            if (found.isPresent()) {
                return Uni.createFrom().item(found.map(Contact::id));
            }
            String name = command.callerName() != null && !command.callerName().equalsIgnoreCase(phone.value())
                    ? command.callerName() : "Caller " + phone.value();
            return createContact.create(new CreateContactCommand(call.tenantId(), name,
                            ContactChanges.none().withPhone(phone), ContactSource.INBOUND_CALL, "inbound-call"))
                    .map(created -> Optional.of(created.id()));
        });
    }
}
