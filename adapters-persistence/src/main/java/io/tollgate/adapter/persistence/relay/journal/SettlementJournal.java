package io.tollgate.adapter.persistence.relay.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Settlements not yet committed, kept in files of this node's data directory, so a reply need not wait for its
 * charge's commit: a crash of the process loses nothing, as the file's pages belong to the kernel once written, and
 * the next start {@linkplain #leftovers() reads them} to commit what had not been. The files are segments: a new one
 * is begun past {@link #SEGMENT_BYTES}, and a segment whose every settlement has committed is deleted.
 */
public final class SettlementJournal implements AutoCloseable {

    static final long SEGMENT_BYTES = 1 << 20;

    private final Path directory;
    private final FileChannel owner;
    private final List<Path> leftovers;
    private long nextNumber;
    private JournalSegment current;
    private boolean closed;
    private volatile boolean written;

    private SettlementJournal(Path directory, FileChannel owner, List<Path> leftovers) {
        this.directory = directory;
        this.owner = owner;
        this.leftovers = leftovers;
        this.nextNumber = leftovers.isEmpty() ? 1 : JournalFiles.number(leftovers.getLast()) + 1;
    }

    /**
     * The journal in {@code directory}, created if need be; the segments an earlier process left are its leftovers.
     * Refused while another process (or node) has it open: it would take that one's pending settlements for leftovers.
     */
    public static SettlementJournal open(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel owner = JournalFiles.own(directory);
            return new SettlementJournal(directory, owner, JournalFiles.segments(directory));
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot open the settlement journal in " + directory, failed);
        }
    }

    /** What the segments an earlier process left hold, in the order written; lines cut short are left out. */
    public List<SettlementLine> leftovers() {
        List<SettlementLine> lines = new ArrayList<>();
        for (Path segment : leftovers) {
            try (Stream<String> text = Files.lines(segment, StandardCharsets.UTF_8)) {
                text.map(SettlementLine::decode).flatMap(Optional::stream).forEach(lines::add);
            } catch (IOException | UncheckedIOException failed) {
                throw new IllegalStateException("cannot read the settlement journal " + segment, failed);
            }
        }
        return lines;
    }

    /** Deletes the earlier process's segments, once what they held has been committed. */
    public void forgetLeftovers() {
        leftovers.forEach(JournalFiles::delete);
        leftovers.clear();
    }

    /** Writes the settlement to the current segment, which it then counts as pending until {@link #committed}. */
    public JournalSegment append(SettlementLine line) {
        byte[] bytes = (line.encode() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the settlement journal is closed");
            }
            try {
                if (current == null || current.bytes() >= SEGMENT_BYTES) {
                    begin();
                }
                current.write(bytes);
                written = true;
                return current;
            } catch (IOException failed) {
                throw new UncheckedIOException("cannot write the settlement journal in " + directory, failed);
            }
        }
    }

    /** The settlement written to {@code segment} has committed (or was refused for good): it need not be kept. */
    public void committed(JournalSegment segment) {
        segment.committedOne();
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
                    current.force();
                }
            } catch (IOException failed) {
                throw new UncheckedIOException("cannot sync the settlement journal in " + directory, failed);
            }
        }
    }

    private void begin() throws IOException {
        JournalSegment previous = current;
        current = JournalSegment.create(JournalFiles.segment(directory, nextNumber++));
        if (previous != null) {
            // sync() forces only the current segment: the one left is forced now, once per SEGMENT_BYTES.
            previous.force();
            previous.fill();
        }
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
            current.close();
        }
    }
}
