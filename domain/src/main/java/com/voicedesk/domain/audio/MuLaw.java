package com.voicedesk.domain.audio;

/**
 * G.711 mu-law, by lookup table: decoding is one array read per sample, which matters at hundreds of calls
 * (each track is 8,000 samples a second). Encoding (for audio sent back to a phone) uses a 16 K-entry table
 * indexed by the top 14 bits of the sample, as G.711 does.
 */
public final class MuLaw {

    private static final short[] DECODE = new short[256];
    private static final byte[] ENCODE = new byte[1 << 14];
    private static final int BIAS = 0x84;
    private static final int CLIP = 32_635;

    static {
        for (int i = 0; i < 256; i++) {
            int u = ~i & 0xFF;
            int t = ((u & 0x0F) << 3) + BIAS;
            t <<= (u & 0x70) >> 4;
            DECODE[i] = (short) ((u & 0x80) != 0 ? BIAS - t : t - BIAS);
        }
        for (int i = 0; i < ENCODE.length; i++) {
            ENCODE[i] = encodeSlow((short) (i << 2));
        }
    }

    private MuLaw() {
    }

    /** One mu-law byte as a linear 16-bit sample. */
    public static short decode(byte mulaw) {
        return DECODE[mulaw & 0xFF];
    }

    /** One linear 16-bit sample as a mu-law byte. */
    public static byte encode(short sample) {
        return ENCODE[(sample & 0xFFFF) >> 2];
    }

    /** Mu-law bytes as signed 16-bit little-endian PCM (twice as many bytes). */
    public static byte[] toPcm16(byte[] mulaw, int offset, int length) {
        byte[] pcm = new byte[length * 2];
        for (int i = 0, o = 0; i < length; i++, o += 2) {
            short s = DECODE[mulaw[offset + i] & 0xFF];
            pcm[o] = (byte) s;
            pcm[o + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    public static byte[] toPcm16(byte[] mulaw) {
        return toPcm16(mulaw, 0, mulaw.length);
    }

    /** Signed 16-bit little-endian PCM as mu-law (half as many bytes); a trailing odd byte is ignored. */
    public static byte[] fromPcm16(byte[] pcm) {
        byte[] mulaw = new byte[pcm.length / 2];
        for (int i = 0, o = 0; o < mulaw.length; i += 2, o++) {
            short s = (short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8));
            mulaw[o] = ENCODE[(s & 0xFFFF) >> 2];
        }
        return mulaw;
    }

    private static byte encodeSlow(short sample) {
        int s = sample;
        int sign = (s >> 8) & 0x80;
        if (sign != 0) {
            s = -s;
        }
        if (s > CLIP) {
            s = CLIP;
        }
        s += BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (s >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }
}
