package com.voicedesk.application.room;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.consultation.ConsultationRepository;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomName;
import com.voicedesk.domain.room.RoomToken;
import com.voicedesk.domain.room.RoomTokenIssuer;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;

/**
 * Room tokens: resolves the room inside the caller's tenant (a call or consultation must exist there), lets
 * the policy decide the grants, and has the token signed with the tenant's key.
 */
public final class RoomAccessService implements IssueRoomTokenUseCase {

    private final RoomAccessPolicy policy;
    private final RoomTokenIssuer issuer;
    private final TenantSlugs slugs;
    private final CallRepository calls;
    private final ConsultationRepository consultations;

    public RoomAccessService(RoomAccessPolicy policy, RoomTokenIssuer issuer, TenantSlugs slugs, CallRepository calls,
                             ConsultationRepository consultations) {
        this.policy = policy;
        this.issuer = issuer;
        this.slugs = slugs;
        this.calls = calls;
        this.consultations = consultations;
    }

    @Override
    public Uni<RoomToken> issue(IssueRoomTokenCommand command) {
        return Uni.createFrom().deferred(() -> {
            // Refused combinations are refused before anything is looked up.
            policy.require(command.type(), command.role());
            return slugs.of(command.tenantId())
                    .flatMap(slug -> resolveRoom(command, slug))
                    .map(room -> policy.decide(room, command.role(), command.identity(), command.name()))
                    .flatMap(access -> issuer.issue(command.tenantId(), access));
        });
    }

    private Uni<RoomName> resolveRoom(IssueRoomTokenCommand command, TenantSlug slug) {
        TenantId tenant = command.tenantId();
        return switch (command.type()) {
            case ADMIN_ASSISTANT -> {
                if (command.room() != null && !command.room().equals(command.identity())) {
                    throw new AccessDeniedException("An admin-assistant room belongs to one admin: '"
                            + command.identity() + "' may join assistant-" + command.identity() + " only");
                }
                yield Uni.createFrom().item(RoomName.assistant(slug, command.identity()));
            }
            case CALL -> {
                CallId id = CallId.of(required(command.room(), "the call id"));
                yield calls.findById(tenant, id).map(found -> found
                        .map(call -> call.roomName() == null ? RoomName.call(slug, id) : ownRoom(call.roomName(), slug))
                        .orElseThrow(() -> new NotFoundException("Call", id)));
            }
            case CONSULTATION -> {
                ConsultationId id = ConsultationId.of(required(command.room(), "the consultation id"));
                yield consultations.findById(tenant, id).map(found -> found
                        .map(consultation -> ownRoom(consultation.roomName(), slug))
                        .orElseThrow(() -> new NotFoundException("Consultation", id)));
            }
            case COLLABORATION -> Uni.createFrom().item(RoomName.collaboration(slug, command.room()));
        };
    }

    /** A stored room name, which must be one of this tenant's. */
    static RoomName ownRoom(String stored, TenantSlug slug) {
        return RoomName.parse(stored).filter(room -> room.belongsTo(slug))
                .orElseThrow(() -> new AccessDeniedException("Room " + stored + " is not a room of this tenant"));
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new InvalidValueException("room", "is required: " + what);
        }
        return value;
    }
}
