package com.voicedesk.adapters.ai.deepgram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.speech.SpeechEvent;
import com.voicedesk.domain.speech.SpeechListener;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One Deepgram live-transcription connection for one track, kept alive across drops. Audio is kept until a
 * final result covers it ("acknowledged"); after a drop the stream reconnects and replays the unacknowledged
 * audio, shifting the new connection's times by the replayed audio's offset, so that no final segment is
 * lost and none is reported twice. All state is guarded by this object's monitor; listener calls happen
 * outside it.
 */
final class DeepgramStream implements SpeechStream {

    private static final Logger LOG = Logger.getLogger(DeepgramStream.class);

    private final SpeechStreamRequest request;
    private final SpeechListener listener;
    private final DeepgramConfig config;
    private final Vertx vertx;
    private final WebSocketClient client;
    private final ObjectMapper json;
    private final Function<String, WebSocketConnectOptions> connectOptions;
    private final AudioFormat format;
    private final int frameBytes;
    private final int replaySliceBytes;

    private final UnacknowledgedAudio unacked;
    private long connectionBase;
    private WebSocket socket;
    private volatile String key;
    private boolean connecting;
    private boolean finishing;
    private boolean finishSent;
    private boolean metadataSeen;
    private boolean done;
    private int attempts;
    private long lastSendNanos = System.nanoTime();
    private long keepAliveTimer = -1;
    private long closeTimer = -1;

    DeepgramStream(SpeechStreamRequest request, SpeechListener listener, DeepgramConfig config, Vertx vertx,
                   WebSocketClient client, ObjectMapper json, Function<String, WebSocketConnectOptions> connectOptions) {
        this.request = request;
        this.listener = listener;
        this.config = config;
        this.vertx = vertx;
        this.client = client;
        this.json = json;
        this.connectOptions = connectOptions;
        this.format = request.format();
        this.frameBytes = format.bytesPerSample() * format.channels();
        long maxBytes = Math.min(Integer.MAX_VALUE - 8,
                format.bytesPerSecond() * Math.max(1, config.replayBuffer().toMillis()) / 1000);
        // one second to start with: a final result usually covers the audio before it well within that
        int perSecond = (int) Math.min(maxBytes, format.bytesPerSecond());
        this.unacked = new UnacknowledgedAudio(perSecond, (int) Math.max(frameBytes, maxBytes), frameBytes);
        this.replaySliceBytes = Math.max(frameBytes, perSecond / 10);
    }

    void useKey(String apiKey) {
        this.key = apiKey;
    }

    /** Starts the first connection; audio sent meanwhile is buffered. */
    void start() {
        long interval = Math.max(500, config.keepAliveInterval().toMillis());
        synchronized (this) {
            keepAliveTimer = vertx.setPeriodic(interval, id -> keepAlive());
        }
        connect();
    }

    /** Gives up before connecting at all (no credentials). */
    void fail(String reason) {
        if (terminate()) {
            listener.onEvent(new SpeechEvent.Failed(reason));
        }
    }

    @Override
    public synchronized void send(byte[] audio) {
        if (done || finishing || audio.length == 0) {
            return;
        }
        unacked.append(audio);
        // written under the monitor: a replay after a reconnect must not interleave with new audio
        if (socket != null) {
            lastSendNanos = System.nanoTime();
            socket.writeBinaryMessage(Buffer.buffer(audio));
        }
    }

    @Override
    public void finish() {
        WebSocket target;
        synchronized (this) {
            if (done || finishing) {
                return;
            }
            finishing = true;
            closeTimer = vertx.setTimer(config.closeTimeout().toMillis(), id -> closeTimedOut());
            target = socket;
            if (target != null) {
                finishSent = true;
            }
        }
        if (target != null) {
            sendFinish(target);
        }
    }

    @Override
    public void abort(String reason) {
        WebSocket target;
        synchronized (this) {
            target = socket;
        }
        if (terminate() && target != null) {
            target.close((short) 1000, "aborted: " + reason);
        }
    }

    private void connect() {
        synchronized (this) {
            if (done || connecting) {
                return;
            }
            connecting = true;
        }
        client.connect(connectOptions.apply(key)).onComplete(result -> {
            if (result.succeeded()) {
                connected(result.result());
            } else {
                synchronized (this) {
                    connecting = false;
                }
                Throwable cause = result.cause();
                if (cause instanceof UpgradeRejectedException rejected && rejected.getStatus() >= 400
                        && rejected.getStatus() < 500 && rejected.getStatus() != 408 && rejected.getStatus() != 429) {
                    fail("Deepgram refused the connection (HTTP " + rejected.getStatus() + "): check the API key");
                } else {
                    dropped("cannot connect: " + cause.getMessage());
                }
            }
        });
    }

    private void connected(WebSocket ws) {
        boolean sendFinish;
        synchronized (this) {
            connecting = false;
            if (done) {
                ws.close();
                return;
            }
            ws.textMessageHandler(text -> onText(ws, text));
            ws.closeHandler(ignored -> onClosed(ws));
            ws.exceptionHandler(e -> LOG.debugf("Deepgram stream %s: %s", request.streamLabel(), e.toString()));
            socket = ws;
            connectionBase = unacked.start();
            long replayed = unacked.size();
            unacked.replay(replaySliceBytes, ws::writeBinaryMessage);
            if (replayed > 0 && connectionBase > 0) {
                LOG.debugf("Deepgram stream %s: replayed %d ms of unacknowledged audio", request.streamLabel(),
                        format.millisOf(replayed));
            }
            metadataSeen = false;
            sendFinish = finishing;
            finishSent = finishing;
            lastSendNanos = System.nanoTime();
        }
        if (sendFinish) {
            sendFinish(ws);
        }
    }

    private void onText(WebSocket ws, String text) {
        DeepgramMessages.Message message;
        try {
            message = DeepgramMessages.parse(json, text);
        } catch (Exception e) {
            LOG.warnf("Deepgram stream %s: unreadable message ignored (%s)", request.streamLabel(), e.getMessage());
            return;
        }
        SpeechEvent event = null;
        synchronized (this) {
            if (done || socket != ws) {
                return;
            }
            attempts = 0;
            long baseMillis = format.millisOf(connectionBase);
            switch (message) {
                case DeepgramMessages.Results r -> {
                    Duration start = Duration.ofMillis(baseMillis + Math.round(r.start() * 1000));
                    Duration end = Duration.ofMillis(baseMillis + Math.round((r.start() + r.duration()) * 1000));
                    if (r.isFinal()) {
                        unacked.acknowledge(connectionBase + align(format.bytesPerSecond() * Math.round((r.start() + r.duration()) * 1000) / 1000));
                        event = new SpeechEvent.Final(request.streamLabel() + ":" + start.toMillis() + "-" + end.toMillis(),
                                r.transcript(), start, end, r.confidence(), words(r, baseMillis), r.speechFinal());
                    } else {
                        event = new SpeechEvent.Interim(r.transcript(), start, end, r.confidence());
                    }
                }
                case DeepgramMessages.UtteranceEnd u ->
                        event = new SpeechEvent.UtteranceEnd(Duration.ofMillis(baseMillis + Math.round(u.lastWordEnd() * 1000)));
                case DeepgramMessages.SpeechStarted s ->
                        event = new SpeechEvent.SpeechStarted(Duration.ofMillis(baseMillis + Math.round(s.timestamp() * 1000)));
                case DeepgramMessages.Metadata m -> metadataSeen = true;
                case DeepgramMessages.Other o -> { }
            }
        }
        if (event != null) {
            listener.onEvent(event);
        }
    }

    private List<SpeechEvent.Word> words(DeepgramMessages.Results r, long baseMillis) {
        return r.words().stream().map(w -> new SpeechEvent.Word(w.word(),
                Duration.ofMillis(baseMillis + Math.round(w.start() * 1000)),
                Duration.ofMillis(baseMillis + Math.round(w.end() * 1000)), w.confidence())).toList();
    }

    private long align(long bytes) {
        return bytes - bytes % frameBytes;
    }

    private void onClosed(WebSocket ws) {
        boolean normalEnd;
        synchronized (this) {
            if (done || socket != ws) {
                return;
            }
            socket = null;
            normalEnd = finishSent && metadataSeen;
        }
        if (normalEnd) {
            closeNormally();
        } else {
            dropped("connection closed" + (ws.closeStatusCode() == null ? "" : " (" + ws.closeStatusCode()
                    + (ws.closeReason() == null ? "" : " " + ws.closeReason()) + ")"));
        }
    }

    private void dropped(String reason) {
        int attempt;
        synchronized (this) {
            if (done) {
                return;
            }
            attempt = ++attempts;
        }
        if (attempt > config.reconnectAttempts()) {
            fail("Deepgram unreachable after " + config.reconnectAttempts() + " reconnects: " + reason);
            return;
        }
        listener.onEvent(new SpeechEvent.Interrupted(reason, attempt));
        long delay = Math.min(5_000, config.reconnectDelay().toMillis() << Math.min(attempt - 1, 10));
        vertx.setTimer(Math.max(1, delay), id -> connect());
    }

    private void sendFinish(WebSocket ws) {
        ws.writeTextMessage(DeepgramMessages.FINALIZE);
        ws.writeTextMessage(DeepgramMessages.CLOSE_STREAM);
    }

    private void keepAlive() {
        WebSocket target;
        synchronized (this) {
            target = socket;
            if (target == null || System.nanoTime() - lastSendNanos < config.keepAliveInterval().toNanos()) {
                return;
            }
            lastSendNanos = System.nanoTime();
        }
        target.writeTextMessage(DeepgramMessages.KEEP_ALIVE);
    }

    private void closeTimedOut() {
        long pending;
        synchronized (this) {
            pending = unacked.size();
        }
        LOG.warnf("Deepgram stream %s: no end of results %s after the audio ended; closing (%d ms unacknowledged)",
                request.streamLabel(), config.closeTimeout(), format.millisOf(pending));
        closeNormally();
    }

    private void closeNormally() {
        long lost;
        WebSocket target;
        synchronized (this) {
            lost = unacked.droppedBytes();
            target = socket;
        }
        if (terminate()) {
            if (target != null) {
                target.close();
            }
            listener.onEvent(new SpeechEvent.Closed(Duration.ofMillis(format.millisOf(lost))));
        }
    }

    /** Marks the stream done once; false if it already was. */
    private boolean terminate() {
        synchronized (this) {
            if (done) {
                return false;
            }
            done = true;
            socket = null;
            if (keepAliveTimer >= 0) {
                vertx.cancelTimer(keepAliveTimer);
            }
            if (closeTimer >= 0) {
                vertx.cancelTimer(closeTimer);
            }
        }
        return true;
    }
}
