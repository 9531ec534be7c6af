package io.tollgate.adapter.persistence.relay.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Settlements not yet committed, kept in files of this node's data directory, so a reply need not wait for its
 * charge's commit: a crash of the process loses nothing, as the file's pages belong to the kernel once written, and
 * the next start {@linkplain #leftovers() reads them} to commit what had not been. The files are segments: a new one
 * is begun past {@link #SEGMENT_BYTES}, and a segment whose every settlement has committed is deleted.
 */
public final class SettlementJournal implements AutoCloseable {

    static final long SEGMENT_BYTES = 1 << 20;
    private static final String PREFIX = "settlements-";
    private static final String SUFFIX = ".journal";
    private static final String LOCK = "owner.lock";

    /** One file of settlements; {@code pending} counts those written and not yet committed. */
    public static final class Segment {
        private final Path path;
        private final FileChannel channel;
        private final AtomicLong pending = new AtomicLong();
        private long bytes;
        private volatile boolean full;

        private Segment(Path path) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
    }

    private final Path directory;
    private final FileChannel owner;
    private final List<Path> leftovers;
    private long nextNumber;
    private Segment current;
    private boolean closed;
    private volatile boolean written;

    private SettlementJournal(Path directory, FileChannel owner, List<Path> leftovers, long nextNumber) {
        this.directory = directory;
        this.owner = owner;
        this.leftovers = leftovers;
        this.nextNumber = nextNumber;
    }

    /**
     * The journal in {@code directory}, created if need be; the segments an earlier process left are its leftovers.
     * Refused while another process (or node) has it open: it would take that one's pending settlements for leftovers.
     */
    public static SettlementJournal open(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel owner = own(directory);
            List<Path> left;
            try (Stream<Path> files = Files.list(directory)) {
                left = new ArrayList<>(files.filter(p -> number(p) >= 0).sorted((a, b) -> Long.compare(number(a), number(b))).toList());
            }
            long next = left.isEmpty() ? 1 : number(left.getLast()) + 1;
            return new SettlementJournal(directory, owner, left, next);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot open the settlement journal in " + directory, failed);
        }
    }

    private static FileChannel own(Path directory) throws IOException {
        FileChannel lock = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = lock.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            held = null;
        }
        if (held == null) {
            lock.close();
            throw new IllegalStateException("another Tollgate node is using the settlement journal in " + directory
                    + "; give each node a data directory of its own");
        }
        return lock;
    }

    /** What the segments an earlier process left hold, in the order written; lines cut short are left out. */
    public List<SettlementLine> leftovers() {
        List<SettlementLine> lines = new ArrayList<>();
        for (Path segment : leftovers) {
            try (Stream<String> text = Files.lines(segment, StandardCharsets.UTF_8)) {
                text.map(SettlementLine::decode).flatMap(java.util.Optional::stream).forEach(lines::add);
            } catch (IOException | UncheckedIOException failed) {
                throw new IllegalStateException("cannot read the settlement journal " + segment, failed);
            }
        }
        return lines;
    }

    /** Deletes the earlier process's segments, once what they held has been committed. */
    public void forgetLeftovers() {
        leftovers.forEach(SettlementJournal::delete);
        leftovers.clear();
    }

    /** Writes the settlement to the current segment, which it then counts as pending until {@link #committed}. */
    public Segment append(SettlementLine line) {
        byte[] bytes = (line.encode() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the settlement journal is closed");
            }
            try {
                if (current == null || current.bytes >= SEGMENT_BYTES) {
                    begin();
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    current.channel.write(buffer);
                }
                current.bytes += bytes.length;
                current.pending.incrementAndGet();
                written = true;
                return current;
            } catch (IOException failed) {
                throw new UncheckedIOException("cannot write the settlement journal in " + directory, failed);
            }
        }
    }

    /** The settlement written to {@code segment} has committed (or was refused for good): it need not be kept. */
    public void committed(Segment segment) {
        if (segment.pending.decrementAndGet() == 0 && segment.full) {
            close(segment);
        }
    }

    /** Forces what was written to disk, if anything was since the last time: the bound on what a crash of the machine loses. */
    public void sync() {
        if (!written) {
            return;
        }
        written = false;
        synchronized (this) {
            try {
                if (current != null) {
                    current.channel.force(false);
                }
            } catch (IOException failed) {
                throw new UncheckedIOException("cannot sync the settlement journal in " + directory, failed);
            }
        }
    }

    private void begin() throws IOException {
        Segment previous = current;
        current = new Segment(directory.resolve(PREFIX + nextNumber++ + SUFFIX));
        if (previous != null) {
            // sync() forces only the current segment: the one left is forced now, once per SEGMENT_BYTES.
            previous.channel.force(false);
            previous.full = true;
            if (previous.pending.get() == 0) {
                close(previous);
            }
        }
    }

    private static void close(Segment segment) {
        // Both the last commit and the switch to a new segment may get here; closing and deleting twice is harmless.
        try {
            segment.channel.close();
        } catch (IOException ignored) {
            // The file goes anyway.
        }
        delete(segment.path);
    }

    /** Closes the current segment, deleting it when nothing in it is pending: after every settlement was let finish. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            owner.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
        if (current != null) {
            current.full = true;
            if (current.pending.get() == 0) {
                close(current);
            } else {
                try {
                    current.channel.close();
                } catch (IOException ignored) {
                    // What was written stays for the next start.
                }
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot delete the settlement journal segment " + path, failed);
        }
    }

    private static long number(Path path) {
        String name = path.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }
}
