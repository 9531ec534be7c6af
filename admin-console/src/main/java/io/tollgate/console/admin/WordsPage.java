package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import java.util.List;

/** The sensitive-word list as editable text, and the words a tried text matches. */
public record WordsPage(Chrome chrome, String words, int count, String tried, List<String> matches, String error) {

    public boolean triedSomething() {
        return !tried.isEmpty();
    }
}
