package com.voicedesk.adapters.ai.deepgram;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnacknowledgedAudioTest {

    /** Bytes numbered by their absolute offset (mod 251), so any misplaced byte shows. */
    private static byte[] audio(long from, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ((from + i) % 251);
        }
        return bytes;
    }

    private static byte[] replayed(UnacknowledgedAudio audio, int slice, List<Integer> sizes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audio.replay(slice, buffer -> {
            sizes.add(buffer.length());
            out.writeBytes(buffer.getBytes());
        });
        return out.toByteArray();
    }

    private static byte[] replayed(UnacknowledgedAudio audio) {
        return replayed(audio, 1 << 20, new ArrayList<>());
    }

    /** The audio keeps exactly the bytes from {@code from} for {@code length}, having dropped {@code dropped}. */
    private static void assertKeeps(UnacknowledgedAudio audio, long from, int length, long dropped) {
        assertThat(audio.start()).isEqualTo(from);
        assertThat(audio.end()).isEqualTo(from + length);
        assertThat(audio.droppedBytes()).isEqualTo(dropped);
        assertThat(replayed(audio)).isEqualTo(audio(from, length));
    }

    @Test
    void keepsWhatIsNotAcknowledgedInOrderAcrossTheRingsEnd() {
        UnacknowledgedAudio audio = new UnacknowledgedAudio(64, 64, 2);
        long offset = 0;
        for (int round = 0; round < 10; round++) {
            audio.append(audio(offset, 20));
            offset += 20;
            audio.acknowledge(offset - 30);
            // the last 30 bytes (or all, early on) are kept, wherever they sit in the 64-byte ring
            long from = Math.max(0, offset - 30);
            assertKeeps(audio, from, (int) (offset - from), 0);
        }
        assertThat(audio.capacity()).isEqualTo(64);
    }

    @Test
    void growsByDoublingUpToTheLimitKeepingTheOrder() {
        UnacknowledgedAudio audio = new UnacknowledgedAudio(16, 100, 2);
        // wrap the small ring first, so that growing must unwrap it
        audio.append(audio(0, 12));
        audio.acknowledge(10);
        audio.append(audio(12, 12));
        assertThat(audio.capacity()).isEqualTo(16);
        audio.append(audio(24, 30));
        assertThat(audio.capacity()).isEqualTo(64);
        assertThat(replayed(audio)).isEqualTo(audio(10, 44));
        audio.append(audio(54, 40));
        // doubling would give 128: the limit (100) caps it
        assertThat(audio.capacity()).isEqualTo(100);
        assertThat(replayed(audio)).isEqualTo(audio(10, 84));
        assertThat(audio.droppedBytes()).isZero();
    }

    @Test
    void beyondTheLimitTheOldestIsDroppedWholeSamplesAndCounted() {
        UnacknowledgedAudio audio = new UnacknowledgedAudio(8, 40, 4);
        audio.append(audio(0, 32));
        audio.append(audio(32, 12));
        // 44 bytes against a limit of 40: the oldest 4 go
        assertKeeps(audio, 4, 40, 4);
        audio.append(audio(44, 6));
        // 6 more: 8 dropped (two whole 4-byte frames), never half a sample
        assertKeeps(audio, 12, 38, 12);
    }

    @Test
    void aPieceLargerThanTheLimitKeepsOnlyItsNewestPart() {
        UnacknowledgedAudio audio = new UnacknowledgedAudio(8, 16, 2);
        audio.append(audio(0, 6));
        audio.append(audio(6, 21));
        // all 6 old bytes and the first 5 + 1 (a whole sample) of the new piece are lost; 16 fit
        assertKeeps(audio, 12, 15, 6 + 6);
    }

    @Test
    void anAcknowledgementNeverGoesBackNorPastWhatWasSent() {
        UnacknowledgedAudio audio = new UnacknowledgedAudio(32, 32, 2);
        audio.append(audio(0, 20));
        audio.acknowledge(10);
        audio.acknowledge(4);
        assertThat(audio.start()).isEqualTo(10);
        audio.acknowledge(1_000);
        assertThat(audio.start()).isEqualTo(20);
        assertThat(audio.size()).isZero();
        assertThat(replayed(audio)).isEmpty();
        audio.append(audio(20, 4));
        assertThat(replayed(audio)).isEqualTo(audio(20, 4));
    }

    @Test
    void replaysInFreshSlicesOfWholeSamples() {
        UnacknowledgedAudio audio = new UnacknowledgedAudio(64, 64, 4);
        audio.append(audio(0, 40));
        audio.acknowledge(20);
        audio.append(audio(40, 40));
        List<Integer> sizes = new ArrayList<>();
        List<Buffer> buffers = new ArrayList<>();
        byte[] all = replayed(audio, 18, sizes);
        assertThat(all).isEqualTo(audio(20, 60));
        // 18 is not a whole number of 4-byte frames: slices are 16
        assertThat(sizes).containsExactly(16, 16, 16, 12);
        audio.replay(16, buffers::add);
        // each slice is its own copy: the ring may be overwritten while Netty still holds it
        byte before = buffers.getFirst().getByte(0);
        audio.append(audio(80, 40));
        assertThat(buffers.getFirst().getByte(0)).isEqualTo(before);
    }

    @Test
    void aLimitSmallerThanOneSampleIsRefused() {
        assertThatThrownBy(() -> new UnacknowledgedAudio(8, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
