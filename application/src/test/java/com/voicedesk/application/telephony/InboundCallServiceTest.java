package com.voicedesk.application.telephony;

import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.application.testing.Fakes;
import com.voicedesk.application.testing.InMemoryCalls;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CallRouting;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundCallServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T15:00:00Z");
    private static final PhoneNumber ADMIN = new PhoneNumber("+15550109999");

    private final InMemoryCalls calls = new InMemoryCalls();
    private final Map<ContactId, Contact> contacts = new ConcurrentHashMap<>();
    private Tenant tenant;

    private InboundCallService service(CallRouting routing, String disclosure, Fakes.FakeRooms rooms) {
        TenantSettings settings = new TenantSettings(TenantSettings.defaults("M10").timeZone(),
                TenantSettings.defaults("M10").currency(), TenantSettings.defaults("M10").persona(),
                TenantSettings.defaults("M10").businessHours(), routing, disclosure);
        tenant = Tenant.create(new TenantSlug("m10"), "M10", settings, NOW);
        CreateContactUseCase create = command -> {
            Contact contact = Contact.newLead(command.tenantId(), command.name(), command.source(), NOW)
                    .apply(command.fields(), NOW);
            contacts.put(contact.id(), contact);
            return Uni.createFrom().item(contact);
        };
        return new InboundCallService(tenants(), calls, contactRepository(), create, rooms, Fakes.DIRECT_UNIT_OF_WORK,
                Fakes.directDatabase(), Clock.fixed(NOW, ZoneOffset.UTC),
                new InboundCallPolicy(Duration.ofMillis(300), Duration.ofMinutes(5), "Nobody can take your call."));
    }

    private InboundCallDecision receive(InboundCallService service, String callSid, String from) {
        return service.receive(new ReceiveInboundCallCommand(tenant.id(), callSid, from, "+15550100000", null))
                .await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void forwardModeForwardsAndRecordsARingingCallWithANewLead() {
        InboundCallService service = service(new CallRouting(CallRouting.Mode.FORWARD, ADMIN), "This call is recorded.",
                Fakes.FakeRooms.working());
        InboundCallDecision decision = receive(service, "CA1", "+15550102000");

        assertThat(decision.route()).isEqualTo(new InboundCallDecision.Forward(ADMIN, Optional.empty()));
        assertThat(decision.announcement()).contains("This call is recorded.");
        assertThat(calls.only().providerCallId()).isEqualTo("CA1");
        assertThat(calls.only().status()).isEqualTo(com.voicedesk.domain.call.CallStatus.RINGING);
        Contact lead = contacts.values().iterator().next();
        assertThat(lead.phone()).isEqualTo(new PhoneNumber("+15550102000"));
        assertThat(lead.source()).isEqualTo(ContactSource.INBOUND_CALL);
        assertThat(calls.only().contactId()).isEqualTo(lead.id());

        // the same caller again is the same contact
        receive(service, "CA2", "+15550102000");
        assertThat(contacts).hasSize(1);
    }

    @Test
    void livekitModeCreatesTheRoomAndDialsItsSipUri() {
        Fakes.FakeRooms rooms = Fakes.FakeRooms.working();
        InboundCallService service = service(new CallRouting(CallRouting.Mode.LIVEKIT, ADMIN,
                "sip:{room}@abc.sip.livekit.cloud"), null, rooms);
        InboundCallDecision decision = receive(service, "CA1", "anonymous");

        String room = "m10.call-" + decision.call().id();
        assertThat(decision.route()).isEqualTo(new InboundCallDecision.ToRoom(room, "sip:" + room + "@abc.sip.livekit.cloud"));
        assertThat(rooms.created).containsExactly(room);
        assertThat(calls.only().roomName()).isEqualTo(room);
        assertThat(calls.only().contactId()).isNull();
        assertThat(decision.announcement()).isEmpty();
    }

    @Test
    void aRoomThatFailsOrHangsFallsBackToForwarding() {
        InboundCallService failing = service(new CallRouting(CallRouting.Mode.LIVEKIT, ADMIN, "sip:{room}@lk"), null,
                new Fakes.FakeRooms(spec -> Uni.createFrom().failure(new ProviderUnavailableException("livekit", "HTTP 503"))));
        InboundCallDecision failed = receive(failing, "CA1", "+15550102000");
        assertThat(failed.route()).isInstanceOfSatisfying(InboundCallDecision.Forward.class, f -> {
            assertThat(f.to()).isEqualTo(ADMIN);
            assertThat(f.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains("HTTP 503"));
        });
        assertThat(calls.only().roomName()).isNull();

        InboundCallService hanging = service(new CallRouting(CallRouting.Mode.LIVEKIT, ADMIN, "sip:{room}@lk"), null,
                new Fakes.FakeRooms(spec -> Uni.createFrom().nothing()));
        assertThat(receive(hanging, "CA2", "+15550102000").route()).isInstanceOf(InboundCallDecision.Forward.class);
    }

    @Test
    void noRoomAndNoForwardNumberIsUnroutableButStillRecorded() {
        InboundCallService service = service(new CallRouting(CallRouting.Mode.LIVEKIT, null, null), null,
                Fakes.FakeRooms.working());
        InboundCallDecision decision = receive(service, "CA1", "+15550102000");
        assertThat(decision.route()).isInstanceOfSatisfying(InboundCallDecision.Unroutable.class,
                u -> assertThat(u.message()).isEqualTo("Nobody can take your call."));
        assertThat(calls.rows).hasSize(1);
    }

    @Test
    void aReplayedCallSidIsRefusedAndStoresNothing() {
        InboundCallService service = service(new CallRouting(CallRouting.Mode.FORWARD, ADMIN), null,
                Fakes.FakeRooms.working());
        receive(service, "CA1", "+15550102000");
        assertThatThrownBy(() -> receive(service, "CA1", "+15550102000")).isInstanceOf(ConflictException.class);
        assertThat(calls.rows).hasSize(1);
        assertThat(contacts).hasSize(1);
    }

    private TenantRepository tenants() {
        return new TenantRepository() {
            public Uni<Void> insert(Tenant t) { return Uni.createFrom().voidItem(); }
            public Uni<Void> update(Tenant t) { return Uni.createFrom().voidItem(); }
            public Uni<Optional<Tenant>> findById(TenantId id) {
                return Uni.createFrom().item(Optional.of(tenant).filter(t -> t.id().equals(id)));
            }
            public Uni<Optional<Tenant>> findBySlug(TenantSlug slug) { return Uni.createFrom().item(Optional.of(tenant)); }
            public Uni<List<Tenant>> list() { return Uni.createFrom().item(List.of(tenant)); }
            public Uni<Boolean> isEmpty() { return Uni.createFrom().item(false); }
        };
    }

    private ContactRepository contactRepository() {
        return new ContactRepository() {
            public Uni<Void> insert(Contact c) {
                contacts.put(c.id(), c);
                return Uni.createFrom().voidItem();
            }
            public Uni<Contact> update(Contact c) { return Uni.createFrom().item(c); }
            public Uni<Optional<Contact>> findById(TenantId t, ContactId id) {
                return Uni.createFrom().item(Optional.ofNullable(contacts.get(id)));
            }
            public Uni<Optional<Contact>> findByPhone(TenantId t, PhoneNumber phone) {
                return Uni.createFrom().item(contacts.values().stream().filter(c -> phone.equals(c.phone())).findFirst());
            }
            public Uni<Page<Contact>> search(TenantId t, ContactQuery q, PageRequest p) {
                return Uni.createFrom().item(Page.of(List.copyOf(contacts.values()), p, contacts.size()));
            }
        };
    }
}
