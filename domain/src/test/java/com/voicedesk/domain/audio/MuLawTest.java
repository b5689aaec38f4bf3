package com.voicedesk.domain.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MuLawTest {

    @Test
    void decodesTheG711ReferencePoints() {
        assertThat(MuLaw.decode((byte) 0xFF)).isZero();
        assertThat(MuLaw.decode((byte) 0x7F)).isZero();
        assertThat(MuLaw.decode((byte) 0x80)).isEqualTo((short) 32_124);
        assertThat(MuLaw.decode((byte) 0x00)).isEqualTo((short) -32_124);
        assertThat(MuLaw.decode((byte) 0xFE)).isEqualTo((short) 8);
        assertThat(MuLaw.decode((byte) 0x7E)).isEqualTo((short) -8);
    }

    @Test
    void encodingADecodedByteGivesTheByteBack() {
        for (int i = 0; i < 256; i++) {
            byte code = (byte) i;
            if (code == (byte) 0x7F) {
                continue; // negative zero: encodes as positive zero
            }
            assertThat(MuLaw.encode(MuLaw.decode(code))).as("code %02x", i).isEqualTo(code);
        }
    }

    @Test
    void convertsBuffersToLittleEndianPcmAndBack() {
        byte[] mulaw = {(byte) 0x80, (byte) 0xFF, 0x00, 0x10};
        byte[] pcm = MuLaw.toPcm16(mulaw);
        assertThat(pcm).hasSize(8);
        assertThat((short) ((pcm[0] & 0xFF) | (pcm[1] << 8))).isEqualTo((short) 32_124);
        assertThat((short) ((pcm[4] & 0xFF) | (pcm[5] << 8))).isEqualTo((short) -32_124);
        assertThat(MuLaw.fromPcm16(pcm)).containsExactly(mulaw);
        assertThat(MuLaw.toPcm16(new byte[]{1, 2, (byte) 0x80, 4}, 2, 1)).hasSize(2);
    }

    @Test
    void formatsKnowTheirDuration() {
        assertThat(AudioFormat.PCM16_8K.millisOf(16_000)).isEqualTo(1000);
        assertThat(AudioFormat.MULAW_8K.millisOf(160)).isEqualTo(20);
    }
}
