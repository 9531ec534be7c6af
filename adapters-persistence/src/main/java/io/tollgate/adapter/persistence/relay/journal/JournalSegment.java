package io.tollgate.adapter.persistence.relay.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** One file of the journal; it counts the settlements written to it and not yet committed. */
public final class JournalSegment {

    private final Path path;
    private final FileChannel channel;
    private final AtomicLong pending = new AtomicLong();
    private long bytes;
    private volatile boolean full;

    private JournalSegment(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static JournalSegment create(Path path) throws IOException {
        return new JournalSegment(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
    }

    /** Appends one settlement's line; the caller holds the journal's lock. */
    void write(byte[] line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        bytes += line.length;
        pending.incrementAndGet();
    }

    long bytes() {
        return bytes;
    }

    void force() throws IOException {
        channel.force(false);
    }

    /** No more is written to it: it goes once nothing in it is pending. */
    void fill() {
        full = true;
        if (pending.get() == 0) {
            delete();
        }
    }

    /** One of its settlements committed: the last of a full segment takes the file away. */
    void committedOne() {
        if (pending.decrementAndGet() == 0 && full) {
            delete();
        }
    }

    /** Closes the file, keeping it when something in it is still pending: for the next start. */
    void close() {
        full = true;
        if (pending.get() == 0) {
            delete();
        } else {
            closeQuietly();
        }
    }

    // The last commit and the switch to a new segment may both get here; closing and deleting twice is harmless.
    private void delete() {
        closeQuietly();
        JournalFiles.delete(path);
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The file is deleted or kept all the same.
        }
    }
}
