package io.tollgate.domain.relay;

/** Counts tokens the way the models do, for estimates when a platform reports no usage. */
public interface TokenCounter {

    long count(String text);
}
