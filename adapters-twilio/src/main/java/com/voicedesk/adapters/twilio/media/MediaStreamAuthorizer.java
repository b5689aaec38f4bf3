package com.voicedesk.adapters.twilio.media;

import com.voicedesk.adapters.twilio.FreshContext;
import com.voicedesk.adapters.twilio.TwilioAccounts;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Decides whether a media stream may feed a call's transcript: a well-formed token, signed for its tenant,
 * not expired, naming a call of that tenant which Twilio's start message confirms (same CallSid, same
 * account) and which has not ended. Every refusal is an {@link AccessDeniedException} with the reason.
 */
@ApplicationScoped
public class MediaStreamAuthorizer {

    private final TwilioAccounts accounts;
    private final CallRepository calls;
    private final Vertx vertx;
    private final Clock clock;

    public MediaStreamAuthorizer(TwilioAccounts accounts, CallRepository calls, Vertx vertx, Clock clock) {
        this.accounts = accounts;
        this.calls = calls;
        this.vertx = vertx;
        this.clock = clock;
    }

    Uni<Call> authorize(TwilioMediaMessage.Start start) {
        var claims = StreamTokens.read(start.customParameters().get(StreamTokens.PARAMETER)).orElse(null);
        if (claims == null) {
            return refuse("no valid stream token");
        }
        if (claims.expiresAt().isBefore(clock.instant())) {
            return refuse("the stream token has expired");
        }
        TenantId tenant = claims.tenantId();
        return accounts.byTenantId(tenant)
                .onFailure(e -> !(e instanceof AccessDeniedException))
                .transform(e -> new AccessDeniedException("unknown stream token"))
                .flatMap(account -> {
                    if (!StreamTokens.verify(claims, account.twilio().authToken())) {
                        return refuse("unknown stream token");
                    }
                    if (!account.twilio().accountSid().equals(start.accountSid())) {
                        return refuse("the stream is for another Twilio account");
                    }
                    return FreshContext.run(vertx, () -> calls.findById(tenant, claims.callId()))
                            .flatMap(found -> {
                                if (found.isEmpty()) {
                                    return refuse("the stream token names no call of its tenant");
                                }
                                Call call = found.get();
                                if (!start.callSid().equals(call.providerCallId())) {
                                    return refuse("the stream belongs to another call");
                                }
                                if (call.status().isTerminal()) {
                                    return refuse("the call has ended");
                                }
                                return Uni.createFrom().item(call);
                            });
                });
    }

    private static <T> Uni<T> refuse(String reason) {
        return Uni.createFrom().failure(new AccessDeniedException(reason));
    }
}
