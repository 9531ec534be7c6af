package io.tollgate.adapter.http.relay;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A caller's connection in a test: what was written, and how often a sink asked for it to go out. */
public final class FlushCounter extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int flushes;

    @Override
    public void write(int b) {
        bytes.write(b);
    }

    @Override
    public void flush() {
        flushes++;
    }

    public int flushes() {
        return flushes;
    }

    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
