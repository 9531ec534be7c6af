package io.tollgate.adapter.persistence.relay;

import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.Models;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Models and their prices in PostgreSQL, one row each with its routes as jsonb. */
final class JdbiModels implements Models {

    private final ModelsSql sql;

    JdbiModels(Jdbi jdbi) {
        this.sql = jdbi.onDemand(ModelsSql.class);
    }

    @Override
    public boolean add(Model model) {
        ModelPrice price = model.price();
        return sql.add(model.name(), ModelRow.platforms(model), ModelRow.upstreams(model),
                price.inputPerMillion().toBigDecimal(), price.outputPerMillion().toBigDecimal(),
                price.perCall().toBigDecimal(), model.enabled(), ModelRow.publicLimits(model), model.maxOutputTokens(),
                model.kind().wireName(), price.speechPerMillionChars().toBigDecimal(),
                price.transcriptionPerMinute().toBigDecimal(), model.moderation().wireName(),
                ModelRow.orNull(price.cachedInputPerMillion()), ModelRow.orNull(price.cacheWritePerMillion())) > 0;
    }

    @Override
    public boolean update(Model model) {
        ModelPrice price = model.price();
        return sql.update(model.name(), ModelRow.platforms(model), ModelRow.upstreams(model),
                price.inputPerMillion().toBigDecimal(), price.outputPerMillion().toBigDecimal(),
                price.perCall().toBigDecimal(), model.enabled(), ModelRow.publicLimits(model), model.maxOutputTokens(),
                model.kind().wireName(), price.speechPerMillionChars().toBigDecimal(),
                price.transcriptionPerMinute().toBigDecimal(), model.moderation().wireName(),
                ModelRow.orNull(price.cachedInputPerMillion()), ModelRow.orNull(price.cacheWritePerMillion())) > 0;
    }

    @Override
    public Optional<Model> byName(String name) {
        return sql.byName(name).map(ModelRow::toModel);
    }

    @Override
    public List<Model> all() {
        return sql.all().stream().map(ModelRow::toModel).toList();
    }
}
