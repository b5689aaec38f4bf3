package com.voicedesk.adapters.livekit.tap;

import com.voicedesk.adapters.livekit.EgressMapper;
import com.voicedesk.adapters.livekit.LiveKitClients;
import com.voicedesk.adapters.livekit.LiveKitConfig;
import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.room.AudioTaps;
import com.voicedesk.domain.room.EgressPurpose;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;

/**
 * Audio taps as LiveKit track egresses to this service's WebSocket endpoint ({@link AudioTapEndpoint}): LiveKit
 * connects to a signed single-use URL and streams the track as raw PCM.
 */
@ApplicationScoped
public class LiveKitAudioTaps implements AudioTaps {

    private static final Logger LOG = Logger.getLogger(LiveKitAudioTaps.class);

    private final LiveKitClients clients;
    private final AudioTapLinks links;
    private final LiveKitConfig.AudioTap config;
    private final Clock clock;

    public LiveKitAudioTaps(LiveKitClients clients, AudioTapLinks links, LiveKitConfig config, Clock clock) {
        this.clients = clients;
        this.links = links;
        this.config = config.audioTap();
        this.clock = clock;
    }

    void report(@Observes StartupEvent event) {
        if (config.baseUrl().isEmpty()) {
            LOG.warn("LiveKit audio taps are OFF: set VOICEDESK_LIVEKIT_AUDIO_TAP_BASE_URL to the address LiveKit's "
                    + "egress reaches this service at (wss://...); rooms work, but their audio is not transcribed");
        } else {
            LOG.infof("LiveKit audio taps stream to %s", tapUrl(config.baseUrl().get(), "{token}"));
        }
    }

    @Override
    public boolean enabled() {
        return config.baseUrl().isPresent();
    }

    @Override
    public Uni<RoomEgress> start(TenantId tenant, AudioTapTarget target) {
        if (config.baseUrl().isEmpty()) {
            return Uni.createFrom().failure(new CapabilityNotConfiguredException("audio-taps",
                    "Audio taps are off: set voicedesk.livekit.audio-tap.base-url to the address LiveKit reaches VoiceDesk at"));
        }
        return clients.settings(tenant).flatMap(livekit -> {
            String url = tapUrl(config.baseUrl().get(), links.sign(tenant, livekit.apiSecret(), target, config.urlTtl(),
                    config.sampleRate(), config.channels()));
            return clients.call(tenant, c -> c.egress().startTrackEgress(target.roomName(), url, target.trackSid()));
        }).map(info -> {
            RoomEgress egress = EgressMapper.toDomain(tenant, info, clock.instant());
            return new RoomEgress(tenant, egress.egressId(), target.roomName(), EgressPurpose.AUDIO_TAP,
                    target.trackSid(), egress.status(), null, egress.error(), egress.startedAt(), egress.endedAt(),
                    egress.updatedAt());
        });
    }

    static String tapUrl(URI base, String token) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + AudioTapEndpoint.PATH_PREFIX + token;
    }
}
