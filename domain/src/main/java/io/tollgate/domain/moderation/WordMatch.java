package io.tollgate.domain.moderation;

/** A sensitive word found in a text, and where its last character stands. */
public record WordMatch(String word, int endIndex) {}
