package io.tollgate.domain.moderation;

import java.util.List;

/** The list of words a question may not contain. */
public interface SensitiveWords {

    List<String> all();

    /** Replaces the whole list at once. */
    void replaceAll(List<String> words);
}
