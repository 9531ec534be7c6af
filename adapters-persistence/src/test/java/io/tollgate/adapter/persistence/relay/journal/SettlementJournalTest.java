package io.tollgate.adapter.persistence.relay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's files: what a process left is read back in order by the next; a segment goes once all it holds has
 * committed and a newer one was begun; a node that stops with nothing pending leaves no file.
 */
class SettlementJournalTest {

    @TempDir
    Path directory;

    @Test
    void whatAProcessLeftIsReadBackInOrderByTheNextAndGoesWhenForgotten() throws IOException {
        SettlementJournal first = SettlementJournal.open(directory);
        List<SettlementLine> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            written.add(SettlementLineTest.full());
            first.append(written.getLast());
        }
        // Nothing committed: closing keeps every line, as a crash would (which also lets go of the lock).
        first.close();
        SettlementJournal second = SettlementJournal.open(directory);
        assertEquals(written, second.leftovers());
        second.forgetLeftovers();
        second.close();
        assertEquals(List.of(), SettlementJournal.open(directory).leftovers());
    }

    @Test
    void aSecondNodeCannotOpenAJournalInUse() {
        SettlementJournal first = SettlementJournal.open(directory);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SettlementJournal.open(directory));
        assertTrue(refused.getMessage().contains("another Tollgate node is using the settlement journal"), refused.getMessage());
        first.close();
        SettlementJournal.open(directory).close();
    }

    @Test
    void aFullSegmentGoesOnceItsLastSettlementCommitsAndTheLastGoesWhenTheJournalCloses() throws IOException {
        SettlementJournal journal = SettlementJournal.open(directory);
        SettlementLine line = SettlementLineTest.full();
        List<JournalSegment> segments = new ArrayList<>();
        long lines = SettlementJournal.SEGMENT_BYTES / (line.encode().length() + 1) + 2;
        for (long i = 0; i < lines; i++) {
            segments.add(journal.append(line));
        }
        assertEquals(2, files().size(), "a second segment was begun past the first's size");
        segments.forEach(journal::committed);
        assertEquals(1, files().size(), "the full segment went with its last commit; the current one stays");
        journal.close();
        assertEquals(List.of(), files(), "nothing pending: nothing left");
    }

    @Test
    void aJournalClosedWithASettlementPendingKeepsItForTheNextStart() throws IOException {
        SettlementJournal journal = SettlementJournal.open(directory);
        SettlementLine line = SettlementLineTest.full();
        journal.committed(journal.append(line));
        journal.append(line);
        journal.sync();
        journal.close();
        assertTrue(files().size() == 1);
        assertEquals(List.of(line, line), SettlementJournal.open(directory).leftovers(),
                "the next start reads both; the committed one is then told apart by its usage row");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".journal")).toList();
        }
    }
}
