package com.voicedesk.application.transcription;

import com.voicedesk.domain.call.CallId;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * In-process fan-out of live transcript events by call. Only the instance that receives a call's media
 * stream publishes its events; stored segments reach subscribers on other instances through the SSE
 * stream's catch-up reads, interim text does not.
 */
public final class TranscriptFeed {

    private static final System.Logger LOG = System.getLogger(TranscriptFeed.class.getName());

    private final ConcurrentHashMap<CallId, CopyOnWriteArrayList<Consumer<LiveTranscriptEvent>>> subscribers =
            new ConcurrentHashMap<>();

    /** Subscribes to a call's events; close the returned handle to stop. The caller checked the tenant. */
    public AutoCloseable subscribe(CallId callId, Consumer<LiveTranscriptEvent> subscriber) {
        subscribers.computeIfAbsent(callId, id -> new CopyOnWriteArrayList<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(callId, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(LiveTranscriptEvent event) {
        var list = subscribers.get(event.callId());
        if (list == null) {
            return;
        }
        for (Consumer<LiveTranscriptEvent> subscriber : list) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A live transcript subscriber failed", e);
            }
        }
    }

    int subscriberCount(CallId callId) {
        var list = subscribers.get(callId);
        return list == null ? 0 : list.size();
    }
}
