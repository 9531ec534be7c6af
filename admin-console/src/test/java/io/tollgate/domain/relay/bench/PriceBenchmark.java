package io.tollgate.domain.relay.bench;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.Usage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A call's price, exact in fixed point: the ceiling it holds before the call and the cost it is charged after. */
@State(Scope.Benchmark)
public class PriceBenchmark {

    private final ModelPrice price = new ModelPrice(Points.exactly("0.15"), Points.exactly("0.6"), Points.exactly("0.001"));
    private final Multiplier ratio = Multiplier.of("0.8");
    private final Usage usage = new Usage(1_234, 567, false);

    @Benchmark
    public Points ceiling() {
        return price.costAtMost(1_234, 16_384, ratio);
    }

    @Benchmark
    public Points cost() {
        return price.cost(usage, ratio);
    }
}
