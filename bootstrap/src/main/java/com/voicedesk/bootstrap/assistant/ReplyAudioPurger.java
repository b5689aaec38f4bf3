package com.voicedesk.bootstrap.assistant;

import com.voicedesk.application.assistant.ReplyAudioUseCase;
import com.voicedesk.bootstrap.wiring.AiConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes spoken replies older than their retention: they are for playing now, not for keeping. */
@ApplicationScoped
public class ReplyAudioPurger {

    private static final Logger LOG = Logger.getLogger(ReplyAudioPurger.class);

    private final ReplyAudioUseCase audio;
    private final AiConfig config;

    public ReplyAudioPurger(ReplyAudioUseCase audio, AiConfig config) {
        this.audio = audio;
        this.config = config;
    }

    @Scheduled(every = "${voicedesk.ai.reply-audio-purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "reply-audio-purge")
    Uni<Void> purge() {
        return audio.purgeOlderThan(config.replyAudioRetention())
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.debugf("Purged %d spoken replies older than %s", deleted, config.replyAudioRetention());
                    }
                })
                .onFailure().invoke(e -> LOG.warn("Purging spoken replies failed; retrying on the next run", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
