package io.tollgate.domain.shareauth;

/** The rule for workflow names (they are FastGPT app names): 1 to 200 characters, not blank. */
final class WorkflowName {

    private WorkflowName() {}

    public static String check(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a workflow name has 1 to 200 characters and is not blank");
        }
        return name.strip();
    }
}
