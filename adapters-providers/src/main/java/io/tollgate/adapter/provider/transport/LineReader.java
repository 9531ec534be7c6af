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
    private boolean ended;

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /**
     * The next line without its terminator, or null at the end of the stream; {@code beforeRead} runs before each read
     * from the stream (which may wait), never when the line is already buffered.
     */
    byte[] next(Runnable beforeRead) throws IOException {
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
            if (!ended) {
                beforeRead.run();
            }
            int read = ended ? -1 : in.read(buffer);
            if (read < 0) {
                ended = true;
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

    /** Whether the stream holds bytes not yet read into the buffer. */
    boolean moreArrived() throws IOException {
        return !ended && in.available() > 0;
    }

    /** Reads what has arrived (never waiting for more) until a whole line is buffered; whether one is. */
    boolean readArrived() throws IOException {
        while (!hasBufferedLine()) {
            if (!moreArrived() || !makeRoom()) {
                return false;
            }
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                ended = true;
                return false;
            }
            limit += read;
        }
        return true;
    }

    /** Moves what is unread to the buffer's start; false when the buffer is full of one unfinished line. */
    private boolean makeRoom() {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        return limit < buffer.length;
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
