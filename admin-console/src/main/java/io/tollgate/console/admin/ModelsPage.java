package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.relay.Model;
import java.util.List;

/** Models with their routes and prices in points per million tokens. */
public record ModelsPage(Chrome chrome, List<Model> models, Paging paging) {

    /** Where a model's enable/disable form posts; the name is URL-encoded, since model names may hold '/'. */
    public String statusAction(Model model) {
        return "/console/models/" + java.net.URLEncoder.encode(model.name(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "/status";
    }

    /** Where a model's edit form lives. */
    public String editAction(Model model) {
        return statusAction(model).replaceAll("/status$", "/edit");
    }
}
