package io.tollgate.console.admin.models;

import io.tollgate.console.web.Chrome;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.relay.kind.ModelKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The form that adds a model or edits one: kind, routes, every price, maximum output, public limits, moderation. */
public record ModelFormPage(Chrome chrome, Optional<String> editing, Map<String, String> values, String error) {

    public boolean adding() {
        return editing.isEmpty();
    }

    public String action() {
        return editing.map(name -> "/console/models/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/edit")
                .orElse("/console/models/new");
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean on(String field) {
        return "on".equals(value(field));
    }

    public List<String> kinds() {
        return java.util.Arrays.stream(ModelKind.values()).map(ModelKind::wireName).toList();
    }

    public List<String> moderations() {
        return java.util.Arrays.stream(PromptModeration.values()).map(PromptModeration::wireName).toList();
    }

    /** The platforms' wire names, the words the routes field takes. */
    public String platformNames() {
        return String.join(", ", java.util.Arrays.stream(Platform.values()).map(Platform::wireName).toList());
    }
}
