package io.tollgate.console.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV export cells: quoted, quotes doubled, and a would-be formula defused. */
class CsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("\"a\",\"say \"\"hi\"\"\",\"'=1+1\",\"'-2\",\"\"\r\n", Csv.row(java.util.Arrays.asList("a", "say \"hi\"", "=1+1", "-2", null)));
        assertEquals("\"1.5\"\r\n", Csv.row(List.of("1.5")));
    }
}
