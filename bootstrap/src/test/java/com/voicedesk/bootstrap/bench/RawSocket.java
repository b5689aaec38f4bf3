package com.voicedesk.bootstrap.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket connection (RFC 6455) over a plain NIO socket on a {@link RawLoop}, as the benchmark's harness speaks
 * it: whole frames, parsed in place in the read buffer, client frames masked with a random key each. Loop thread only,
 * except {@link #connect}, which does the client's opening handshake on the caller's thread before registering.
 */
final class RawSocket implements RawLoop.Ready {

    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** A close frame's payload: status 1000. */
    private static final byte[] NORMAL_CLOSURE = {0x03, (byte) 0xE8};

    /** What the connection's owner does with what arrives. */
    interface Frames {
        /** A whole frame has arrived ({@code frame} is valid only during the call). */
        void onFrame(RawSocket socket, Frame frame);

        /** The server's side of the opening handshake is done. */
        default void onOpen(RawSocket socket) {
        }

        /** The connection is closed (a close handshake, or the peer went away). */
        default void onClose(RawSocket socket) {
        }
    }

    /** A received frame, a view of the read buffer: unmask only what you read. */
    static final class Frame {
        int opcode;
        int length;
        private byte[] bytes;
        private int offset;
        private int mask;

        /** The payload's byte {@code i}, unmasked. */
        byte at(int i) {
            return (byte) (bytes[offset + i] ^ (mask >>> (24 - 8 * (i & 3))));
        }

        /** The whole payload, unmasked (allocates: for the rare control-like messages). */
        byte[] payload() {
            byte[] plain = new byte[length];
            for (int i = 0; i < length; i++) {
                plain[i] = at(i);
            }
            return plain;
        }

        String text() {
            return new String(payload(), StandardCharsets.UTF_8);
        }
    }

    private final SocketChannel channel;
    /** Client frames are masked (RFC 6455 5.3); the server's are not. */
    private final boolean client;
    private final Frames frames;
    private final Frame frame = new Frame();
    private ByteBuffer in = ByteBuffer.allocate(1 << 16);
    /** Frames queued and not written yet: grows rather than drop one when the other side reads slowly. */
    private ByteBuffer out = ByteBuffer.allocateDirect(1 << 16);
    private SelectionKey key;
    private boolean open;
    private boolean closeSent;
    private boolean closed;
    /** Where the frames of this round's {@link #flushEach} split (the writes a message-per-write peer makes). */
    private int pendingFrames;
    private final int[] frameEnds = new int[8];

    private RawSocket(SocketChannel channel, boolean client, Frames frames) {
        this.channel = channel;
        this.client = client;
        this.frames = frames;
        this.open = client;
    }

    /** Opens a client connection to {@code path} on localhost: the opening handshake here, then the loop's. */
    static RawSocket connect(RawLoop loop, int port, String path, Frames frames) throws Exception {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress("localhost", port));
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        ByteBuffer written = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
        while (written.hasRemaining()) {
            channel.write(written);
        }
        RawSocket socket = new RawSocket(channel, true, frames);
        int end;
        while ((end = indexOf(socket.in, HEADER_END)) < 0) {
            if (channel.read(socket.in) < 0) {
                throw new IOException("closed during the opening handshake of " + path);
            }
        }
        String response = new String(socket.in.array(), 0, end, StandardCharsets.US_ASCII);
        if (!response.startsWith("HTTP/1.1 101")
                || !acceptFor(key).equals(header(response, "sec-websocket-accept").orElse(""))) {
            throw new IOException("no upgrade on " + path + ": " + response.lines().findFirst().orElse(""));
        }
        socket.consume(end + HEADER_END.length);
        channel.configureBlocking(false);
        socket.key = loop.registerAndWait(channel, SelectionKey.OP_READ, socket);
        return socket;
    }

    /** A server connection just accepted: it answers the client's opening handshake when it arrives. */
    static void accept(RawLoop loop, SocketChannel channel, Frames frames) throws IOException {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        RawSocket socket = new RawSocket(channel, false, frames);
        socket.key = loop.register(channel, SelectionKey.OP_READ, socket);
    }

    boolean isClosed() {
        return closed;
    }

    /** Queues a text frame of {@code payload[0, length)} (ASCII or UTF-8 bytes); {@link #flush} writes it. */
    void text(byte[] payload, int length) {
        frame(TEXT, payload, length);
    }

    void text(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        text(bytes, bytes.length);
    }

    /** Starts the close handshake (code 1000); the connection closes when the other side answers. */
    void close() throws IOException {
        if (!closeSent && !closed) {
            closeSent = true;
            frame(CLOSE, NORMAL_CLOSURE, NORMAL_CLOSURE.length);
            flush();
        }
    }

    /** Writes what is queued, in one write (what the socket does not take now goes when it is writable). */
    void flush() throws IOException {
        pendingFrames = 0;
        if (closed || out.position() == 0) {
            return;
        }
        out.flip();
        channel.write(out);
        out.compact();
        interestInWrites(out.position() > 0);
    }

    /** Writes what is queued one frame per write, as a sender that flushes every message does. */
    void flushEach() throws IOException {
        if (closed || out.position() == 0) {
            return;
        }
        int frames = pendingFrames;
        int end = out.position();
        out.flip();
        for (int i = 0; i < frames && out.remaining() > 0; i++) {
            out.limit(frameEnds[i]);
            channel.write(out);
            if (out.hasRemaining()) {
                break;
            }
        }
        out.limit(end);
        if (out.hasRemaining()) {
            channel.write(out);
        }
        out.compact();
        pendingFrames = 0;
        interestInWrites(out.position() > 0);
    }

    @Override
    public void ready(SelectionKey selected) throws IOException {
        key = selected; // the same key; set here too, as connect() assigns it from the caller's thread
        if (selected.isWritable()) {
            flush();
        }
        if (!selected.isReadable()) {
            return;
        }
        while (!closed) {
            if (!in.hasRemaining()) {
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            int read = channel.read(in);
            if (read < 0) {
                closeNow();
                return;
            }
            // a read that did not fill the buffer took all there was: no second read only to hear "nothing"
            boolean more = !in.hasRemaining();
            if (!open) {
                int end = indexOf(in, HEADER_END);
                if (end < 0) {
                    if (!more) {
                        return;
                    }
                    continue;
                }
                answerHandshake(new String(in.array(), 0, end, StandardCharsets.US_ASCII));
                consume(end + HEADER_END.length);
            }
            parseFrames();
            if (!more) {
                return;
            }
        }
    }

    private void parseFrames() throws IOException {
        byte[] bytes = in.array();
        int position = 0;
        int limit = in.position();
        while (limit - position >= 2 && !closed) {
            int opcode = bytes[position] & 0x0F;
            boolean masked = (bytes[position + 1] & 0x80) != 0;
            long length = bytes[position + 1] & 0x7F;
            int header = 2;
            if (length == 126) {
                if (limit - position < 4) {
                    break;
                }
                length = ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
                header = 4;
            } else if (length == 127) {
                if (limit - position < 10) {
                    break;
                }
                length = ByteBuffer.wrap(bytes, position + 2, 8).getLong();
                header = 10;
            }
            int maskAt = position + header;
            header += masked ? 4 : 0;
            if (length > in.capacity() - header) {
                if (length > (1 << 24)) {
                    throw new IOException("frame of " + length + " bytes");
                }
                in = ByteBuffer.allocate((int) length + header).put(in.flip().position(position));
                return;
            }
            if (limit - position < header + length) {
                break;
            }
            frame.opcode = opcode;
            frame.length = (int) length;
            frame.bytes = bytes;
            frame.offset = position + header;
            frame.mask = masked ? (bytes[maskAt] & 0xFF) << 24 | (bytes[maskAt + 1] & 0xFF) << 16
                    | (bytes[maskAt + 2] & 0xFF) << 8 | bytes[maskAt + 3] & 0xFF : 0;
            position += header + (int) length;
            dispatch();
        }
        if (!closed) {
            in.flip().position(position);
            in.compact();
        }
    }

    private void dispatch() throws IOException {
        switch (frame.opcode) {
            case CLOSE -> {
                close();
                closeNow();
            }
            case PING -> {
                byte[] payload = frame.payload();
                frame(PONG, payload, payload.length);
                flush();
            }
            case PONG -> {
                // nothing asked for
            }
            default -> frames.onFrame(this, frame);
        }
    }

    private void answerHandshake(String request) throws IOException {
        String key = header(request, "sec-websocket-key").orElseThrow(() -> new IOException("no Sec-WebSocket-Key"));
        out.put(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + acceptFor(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        flush();
        open = true;
        frames.onOpen(this);
    }

    /** A header's value in an HTTP head (names compared without case). */
    private static Optional<String> header(String head, String lowerCaseName) {
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(lowerCaseName + ":"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
    }

    /** The Sec-WebSocket-Accept answer to {@code key} (RFC 6455 4.2.2). */
    private static String acceptFor(String key) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void frame(int opcode, byte[] payload, int length) {
        if (out.remaining() < length + 14) {
            out = ByteBuffer.allocateDirect(Math.max(out.capacity() * 2, out.position() + length + 14)).put(out.flip());
        }
        out.put((byte) (0x80 | opcode));
        int maskBit = client ? 0x80 : 0;
        if (length < 126) {
            out.put((byte) (maskBit | length));
        } else if (length < 65_536) {
            out.put((byte) (maskBit | 126)).putShort((short) length);
        } else {
            out.put((byte) (maskBit | 127)).putLong(length);
        }
        if (client) {
            int mask = ThreadLocalRandom.current().nextInt();
            out.putInt(mask);
            for (int i = 0; i < length; i++) {
                out.put((byte) (payload[i] ^ (mask >>> (24 - 8 * (i & 3)))));
            }
        } else {
            out.put(payload, 0, length);
        }
        if (pendingFrames < frameEnds.length) {
            frameEnds[pendingFrames++] = out.position();
        }
    }

    private void interestInWrites(boolean pending) {
        if (key != null && key.isValid()) {
            key.interestOps(pending ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
    }

    private void closeNow() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        channel.close();
        if (open) {
            frames.onClose(this);
        }
    }

    /** Drops the first {@code count} bytes read (a handshake's header). */
    private void consume(int count) {
        in.flip().position(count);
        in.compact();
    }

    private static int indexOf(ByteBuffer buffer, byte[] needle) {
        byte[] bytes = buffer.array();
        outer:
        for (int i = 0; i + needle.length <= buffer.position(); i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
