package com.voicedesk.application.consultation;

import com.voicedesk.application.security.SignedTokens;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import io.smallrye.mutiny.Uni;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Client join links: a token naming the tenant, the consultation and an expiry, signed with a key derived
 * from the tenant's LiveKit secret (the secret that signs the room token the link turns into). Links are
 * reusable until they expire, so a client can reload the page.
 */
public final class ConsultationLinks {

    /** Where a link points, once its signature and expiry were checked. */
    public record Target(TenantId tenantId, ConsultationId consultationId) {
    }

    private static final String VERSION = "c1";
    private static final String PURPOSE = "consultation-link";
    private static final String INVALID = "This join link is not valid (it may have expired or been altered); ask for a new one";

    private final CredentialStore credentials;
    private final ConsultationSettings settings;
    private final Clock clock;

    public ConsultationLinks(CredentialStore credentials, ConsultationSettings settings, Clock clock) {
        this.credentials = credentials;
        this.settings = settings;
        this.clock = clock;
    }

    public Uni<JoinLink> create(TenantId tenant, ConsultationId consultation) {
        Instant expires = clock.instant().plus(settings.joinLinkTtl());
        return key(tenant).map(key -> {
            String token = SignedTokens.sign(key, List.of(VERSION, tenant.toString(), consultation.toString(),
                    Long.toString(expires.getEpochSecond())));
            String base = settings.joinLinkBase().toString();
            return new JoinLink(token, URI.create(base + (base.contains("?") ? "&" : "?") + "token=" + token), expires);
        });
    }

    /** The link's target, or AccessDeniedException when the link is forged, altered or expired. */
    public Uni<Target> verify(String token) {
        List<String> fields = SignedTokens.peek(token).filter(f -> f.size() == 4 && VERSION.equals(f.get(0)))
                .orElse(null);
        if (fields == null) {
            return Uni.createFrom().failure(new AccessDeniedException(INVALID));
        }
        Target target;
        long expires;
        try {
            target = new Target(TenantId.of(fields.get(1)), ConsultationId.of(fields.get(2)));
            expires = Long.parseLong(fields.get(3));
        } catch (InvalidValueException | NumberFormatException e) {
            return Uni.createFrom().failure(new AccessDeniedException(INVALID));
        }
        return key(target.tenantId())
                .onFailure(CapabilityNotConfiguredException.class).transform(e -> new AccessDeniedException(INVALID))
                .map(key -> {
                    if (!SignedTokens.verify(key, token) || clock.instant().getEpochSecond() >= expires) {
                        throw new AccessDeniedException(INVALID);
                    }
                    return target;
                });
    }

    private Uni<byte[]> key(TenantId tenant) {
        return credentials.load(tenant).map(all -> {
            if (all.livekit() == null) {
                throw new CapabilityNotConfiguredException("rooms",
                        "This tenant has no LiveKit settings; set them with PATCH /admin/tenants/{slug} (credentials.livekit)");
            }
            return SignedTokens.deriveKey(all.livekit().apiSecret(), PURPOSE);
        });
    }
}
