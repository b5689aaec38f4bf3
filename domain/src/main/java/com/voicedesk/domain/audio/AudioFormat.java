package com.voicedesk.domain.audio;

import com.voicedesk.domain.shared.Require;

/** How audio bytes are encoded. Twilio streams mu-law 8 kHz mono; LiveKit egress and browsers send PCM. */
public record AudioFormat(Encoding encoding, int sampleRate, int channels) {

    public enum Encoding {
        /** Signed 16-bit little-endian PCM. */
        PCM_S16LE,
        /** G.711 mu-law, one byte a sample. */
        MULAW
    }

    public static final AudioFormat MULAW_8K = new AudioFormat(Encoding.MULAW, 8000, 1);
    /** Telephone audio after mu-law decoding (see {@link MuLaw}): what a Twilio media session delivers. */
    public static final AudioFormat PCM16_8K = new AudioFormat(Encoding.PCM_S16LE, 8000, 1);
    public static final AudioFormat PCM16_16K = new AudioFormat(Encoding.PCM_S16LE, 16_000, 1);
    public static final AudioFormat PCM16_48K = new AudioFormat(Encoding.PCM_S16LE, 48_000, 1);

    public AudioFormat {
        Require.nonNull(encoding, "encoding");
        Require.range(sampleRate, 8000, 192_000, "sampleRate");
        Require.range(channels, 1, 2, "channels");
    }

    public int bytesPerSample() {
        return encoding == Encoding.MULAW ? 1 : 2;
    }

    public long bytesPerSecond() {
        return (long) sampleRate * channels * bytesPerSample();
    }

    /** How long {@code bytes} of audio in this format play, in milliseconds. */
    public long millisOf(long bytes) {
        return bytes * 1000 / bytesPerSecond();
    }
}
