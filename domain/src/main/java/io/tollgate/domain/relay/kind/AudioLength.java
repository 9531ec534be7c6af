package io.tollgate.domain.relay.kind;

import java.util.OptionalLong;

/**
 * How long an audio file plays, in milliseconds: exactly from a WAV header, or for any other format an upper bound
 * from its size at 8 kbit/s (one byte per millisecond), below the bitrate of any usual speech encoding.
 */
public final class AudioLength {

    private static final int RIFF_HEADER = 12;

    private AudioLength() {}

    /** The exact length of a PCM WAV file, or empty when {@code file} is no such file. */
    public static OptionalLong wavMillis(byte[] file) {
        if (file.length < RIFF_HEADER || !ascii(file, 0, "RIFF") || !ascii(file, 8, "WAVE")) {
            return OptionalLong.empty();
        }
        long byteRate = 0;
        for (int at = RIFF_HEADER; at + 8 <= file.length; ) {
            long size = u32(file, at + 4);
            if (ascii(file, at, "fmt ") && size >= 16 && at + 8 + 16 <= file.length) {
                byteRate = u32(file, at + 8 + 8);
            } else if (ascii(file, at, "data")) {
                long data = Math.min(size, file.length - at - 8L);
                return byteRate == 0 ? OptionalLong.empty() : OptionalLong.of(data * 1000 / byteRate);
            }
            long next = at + 8L + size + (size & 1);
            if (next > file.length) {
                break;
            }
            at = (int) next;
        }
        return OptionalLong.empty();
    }

    /** The WAV length when the file is one, otherwise its size in bytes as milliseconds (at most 8 kbit/s). */
    public static long boundMillis(byte[] file) {
        return wavMillis(file).orElse(file.length);
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16 | (bytes[at + 3] & 0xFFL) << 24;
    }
}
