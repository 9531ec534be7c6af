package io.tollgate.console.web;

import java.util.List;

/** Where a list page is: its offset and size, whether there is more, and the query that keeps its filters. */
public record Paging(int offset, int limit, boolean hasNext, String query) {

    public static final int DEFAULT_LIMIT = 50;

    /** Trims the one extra row fetched to learn whether a next page exists. */
    public static <T> List<T> trim(List<T> fetched, int limit) {
        return fetched.size() > limit ? fetched.subList(0, limit) : fetched;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public String previousHref() {
        return "?" + query + "offset=" + Math.max(0, offset - limit);
    }

    public String nextHref() {
        return "?" + query + "offset=" + (offset + limit);
    }

    public int firstShown() {
        return offset + 1;
    }
}
