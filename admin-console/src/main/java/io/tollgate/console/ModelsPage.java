package io.tollgate.console;

import io.tollgate.domain.relay.Model;
import java.util.List;

/** Models with their routes and prices in points per million tokens. */
public record ModelsPage(Chrome chrome, List<Model> models, Paging paging) {}
