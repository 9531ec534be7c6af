package io.tollgate.application.relay.usage.charts;

import io.tollgate.domain.money.Points;

/** A user (by username) or a model and kind, ranked by the points spent and then by calls. */
public record Spender(String name, String kind, long requests, long tokens, Points points) {}
