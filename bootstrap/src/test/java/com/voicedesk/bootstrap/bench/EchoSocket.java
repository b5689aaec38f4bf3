package com.voicedesk.bootstrap.bench;

import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.smallrye.common.annotation.NonBlocking;

/** The benchmark's floor: a bare WebSocket echo on the same server (test sources only, never packaged). */
@WebSocket(path = "/bench/echo")
public class EchoSocket {

    @OnTextMessage
    @NonBlocking
    String echo(String message) {
        return message;
    }
}
