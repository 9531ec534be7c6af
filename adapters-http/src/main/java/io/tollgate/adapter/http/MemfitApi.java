package io.tollgate.adapter.http;

import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.ManageTotpSecret;

/** The memfit TOTP gate in front of {@code memfit-*} models, and the secret it checks against. */
public record MemfitApi(CheckMemfitTotp gate, ManageTotpSecret secret) {}
