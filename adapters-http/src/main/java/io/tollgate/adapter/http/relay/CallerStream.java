package io.tollgate.adapter.http.relay;

import java.io.IOException;
import java.io.OutputStream;

/** The caller's end of an event stream, as every door's sink writes to it: flushed per event, the first write noted. */
public final class CallerStream {

    private final OutputStream out;
    private final Runnable onFirstWrite;
    private boolean written;

    public CallerStream(OutputStream out, Runnable onFirstWrite) {
        this.out = out;
        this.onFirstWrite = onFirstWrite;
    }

    /** Writes and flushes {@code bytes}; false when the caller has gone. */
    public boolean send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            if (!written) {
                written = true;
                onFirstWrite.run();
            }
            return true;
        } catch (IOException callerGone) {
            return false;
        }
    }
}
