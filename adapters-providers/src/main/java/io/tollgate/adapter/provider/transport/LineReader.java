package io.tollgate.adapter.provider.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines (LF or CRLF) without decoding them; a line over the limit is an error. */
final class LineReader {

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    byte[] next() throws IOException {
        ByteArrayOutputStream partial = null;
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    byte[] line = join(partial, position, i);
                    position = i + 1;
                    return line;
                }
            }
            if (position < limit) {
                partial = partial == null ? new ByteArrayOutputStream() : partial;
                partial.write(buffer, position, limit - position);
                if (partial.size() > maxLine) {
                    throw new IOException("an event line is longer than " + maxLine + " bytes");
                }
            }
            position = 0;
            limit = 0;
            int read = in.read(buffer);
            if (read < 0) {
                return partial == null ? null : stripCr(partial.toByteArray());
            }
            limit = read;
        }
    }

    /** Whether a whole line with something on it is already buffered: the next event may then be read without waiting. */
    boolean hasBufferedLine() {
        boolean content = false;
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                if (content) {
                    return true;
                }
            } else if (buffer[i] != '\r') {
                content = true;
            }
        }
        return false;
    }

    private byte[] join(ByteArrayOutputStream partial, int from, int to) {
        if (partial == null) {
            int end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
            return Arrays.copyOfRange(buffer, from, end);
        }
        partial.write(buffer, from, to - from);
        return stripCr(partial.toByteArray());
    }

    private static byte[] stripCr(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }
}
