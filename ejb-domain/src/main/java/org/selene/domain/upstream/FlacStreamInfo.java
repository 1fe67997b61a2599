package org.selene.domain.upstream;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Sample rate and duration from a FLAC stream's STREAMINFO block (the first metadata block). */
public record FlacStreamInfo(int sampleRate, long totalSamples) {

    private static final int STREAMINFO_START = 8;

    public static Optional<FlacStreamInfo> read(byte[] flac) {
        if (flac == null || flac.length < STREAMINFO_START + 18
                || flac[0] != 'f' || flac[1] != 'L' || flac[2] != 'a' || flac[3] != 'C' || (flac[4] & 0x7f) != 0) {
            return Optional.empty();
        }
        int s = STREAMINFO_START;
        // bytes 10..17 of STREAMINFO: 20 bits rate, 3 bits channels-1, 5 bits bps-1, 36 bits samples
        int rate = ((flac[s + 10] & 0xff) << 12) | ((flac[s + 11] & 0xff) << 4) | ((flac[s + 12] & 0xf0) >> 4);
        long samples = ((long) (flac[s + 13] & 0x0f) << 32) | ((long) (flac[s + 14] & 0xff) << 24)
                | ((flac[s + 15] & 0xff) << 16) | ((flac[s + 16] & 0xff) << 8) | (flac[s + 17] & 0xff);
        return rate == 0 ? Optional.empty() : Optional.of(new FlacStreamInfo(rate, samples));
    }

    /** Seconds, three decimals (metric.stt_transcription.audio_duration). */
    public BigDecimal seconds() {
        return BigDecimal.valueOf(totalSamples).divide(BigDecimal.valueOf(sampleRate), 3, RoundingMode.HALF_UP);
    }
}
