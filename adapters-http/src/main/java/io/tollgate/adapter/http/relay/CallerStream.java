package io.tollgate.adapter.http.relay;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's end of an event stream, as every door's sink writes to it: flushed per event, unless the next event has
 * already arrived (then one flush serves both), and never after the last, which goes out with the reply's end; the
 * first write noted.
 */
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
        return write(bytes, true);
    }

    /** Writes {@code bytes} for the next {@link #send} to flush; false when the caller has gone. */
    public boolean sendLater(byte[] bytes) {
        return write(bytes, false);
    }

    /**
     * Writes the stream's last {@code bytes} unflushed: the reply's end sends them with itself, so a stream whose
     * events came together costs the caller's connection one write, not two; false when the caller has gone.
     */
    public boolean end(byte[] bytes) {
        return write(bytes, false);
    }

    private boolean write(byte[] bytes, boolean flush) {
        try {
            out.write(bytes);
            if (flush) {
                out.flush();
            }
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
