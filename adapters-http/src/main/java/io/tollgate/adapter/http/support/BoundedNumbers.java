package io.tollgate.adapter.http.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.Serial;
import java.math.BigDecimal;

/**
 * Builds JSON number nodes only within a sane range: a decimal whose exponent is beyond ±{@value #MAX_SCALE} is
 * refused as it is read, since bringing {@code 1e10000000} to a fixed scale (as amounts are) or writing it out in
 * full later costs seconds of CPU.
 */
final class BoundedNumbers extends JsonNodeFactory {

    /** The largest decimal exponent, either way, of a number in a request: far beyond any double or amount. */
    static final int MAX_SCALE = 1000;

    @Serial
    private static final long serialVersionUID = 1L;

    BoundedNumbers() {
        super(false);
    }

    @Override
    public ValueNode numberNode(BigDecimal value) {
        if (value != null && (value.scale() > MAX_SCALE || value.scale() < -MAX_SCALE)) {
            throw new NumberFormatException("a number's exponent is beyond ±" + MAX_SCALE);
        }
        return super.numberNode(value);
    }
}
