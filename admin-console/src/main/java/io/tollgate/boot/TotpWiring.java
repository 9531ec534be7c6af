package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.CurrentTotpSecret;
import io.tollgate.application.totp.ManageTotpSecret;
import io.tollgate.domain.totp.Totp;
import java.time.Clock;
import java.time.Duration;

/** The totp context: the memfit secret, the gate that checks codes against it, and its admin side. */
record TotpWiring(CheckMemfitTotp gate, ManageTotpSecret secret) {

    /** How long another node's rotation of the memfit secret may take to reach this one. */
    static final Duration REFRESH = Duration.ofSeconds(2);

    static TotpWiring of(Database database, Config config, AuditTrail audit, Clock clock) {
        CurrentTotpSecret secret = new CurrentTotpSecret(database.totpSecrets(), clock, REFRESH);
        secret.get(); // made at first start, so the endpoint and the gate agree from the first request
        return new TotpWiring(new CheckMemfitTotp(config.memfitModels(), secret, Totp.MEMFIT, clock),
                new ManageTotpSecret(secret, Totp.MEMFIT, clock, audit));
    }
}
