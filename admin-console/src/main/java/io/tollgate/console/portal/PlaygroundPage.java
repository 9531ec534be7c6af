package io.tollgate.console.portal;

import java.util.List;

/** The playground: the user's balance, the points models and the user's own accounts the model list offers. */
public record PlaygroundPage(PortalChrome chrome, String balance, List<Choice> pointModels, List<Choice> accounts) {

    /** One option: its value ({@code model:<name>} or {@code account:<id>}) and what the user reads. */
    public record Choice(String value, String label) {}
}
