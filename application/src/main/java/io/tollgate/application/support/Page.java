package io.tollgate.application.support;

/** Which slice of a long list to return: at most 500 rows from an offset. */
public record Page(int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final Page FIRST = new Page(0, 100);

    public Page {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page starts at 0 or later and has 1 to " + MAX_LIMIT + " rows");
        }
    }
}
