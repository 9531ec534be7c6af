package io.tollgate.adapter.persistence.relay.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The journal's directory: its lock, its segments' names in the order they were begun. */
final class JournalFiles {

    private static final String PREFIX = "settlements-";
    private static final String SUFFIX = ".journal";
    private static final String LOCK = "owner.lock";

    private JournalFiles() {}

    /** The held lock on the directory; refused while another process (or node) holds it. */
    static FileChannel own(Path directory) throws IOException {
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

    /** The segments in the directory, oldest first. */
    static List<Path> segments(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.filter(p -> number(p) >= 0).sorted(Comparator.comparingLong(JournalFiles::number)).toList());
        }
    }

    static Path segment(Path directory, long number) {
        return directory.resolve(PREFIX + number + SUFFIX);
    }

    static long number(Path path) {
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

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot delete the settlement journal segment " + path, failed);
        }
    }
}
