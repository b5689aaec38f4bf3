package com.voicedesk.adapters.livekit.tap;

import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Refuses the WebSocket upgrade (401) unless the URL is an authentic, unexpired tap URL that was never used
 * before. The nonce is recorded in the same store as webhook ids, so "used once" holds across instances.
 */
@ApplicationScoped
public class AudioTapUpgradeCheck implements HttpUpgradeCheck {

    static final String NONCES = "livekit-audio-tap";
    private static final Logger LOG = Logger.getLogger(AudioTapUpgradeCheck.class);

    private final AudioTapLinks links;
    private final ProcessedWebhookEvents used;

    public AudioTapUpgradeCheck(AudioTapLinks links, ProcessedWebhookEvents used) {
        this.links = links;
        this.used = used;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return AudioTapEndpoint.ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return links.verify(context.pathParam("token"))
                .flatMap(claims -> used.markProcessed(NONCES, claims.nonce(), claims.tenantId()).map(first -> {
                    if (!first) {
                        throw new AudioTapLinks.InvalidTapUrl("already used");
                    }
                    context.userData().put(AudioTapEndpoint.CLAIMS, claims);
                    return CheckResult.permitUpgradeSync();
                }))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Refused an audio tap connection from %s: %s", context.httpRequest().remoteAddress(),
                            failure instanceof AudioTapLinks.InvalidTapUrl ? failure.getMessage() : failure.toString());
                    return CheckResult.rejectUpgradeSync(401);
                });
    }
}
