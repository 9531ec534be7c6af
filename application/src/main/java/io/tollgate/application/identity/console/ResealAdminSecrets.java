package io.tollgate.application.identity.console;

import java.util.ArrayList;
import java.util.List;

/** After a master-key rotation, re-seals the admins' TOTP secrets under the current key, as credentials are. */
public final class ResealAdminSecrets {

    /** How many were re-sealed, and which admins' secrets no key here opens (they sign in with a recovery code). */
    public record Outcome(int resealed, List<String> unopenable) {}

    private final Admins admins;
    private final SecretSealer sealer;

    public ResealAdminSecrets(Admins admins, SecretSealer sealer) {
        this.admins = admins;
        this.sealer = sealer;
    }

    public Outcome run() {
        int resealed = 0;
        List<String> unopenable = new ArrayList<>();
        for (Admin admin : admins.all()) {
            if (admin.sealedTotpSecret().isEmpty() || sealer.isCurrent(admin.sealedTotpSecret().get())) {
                continue;
            }
            String old = admin.sealedTotpSecret().get();
            if (!sealer.canOpen(old)) {
                unopenable.add(admin.username());
                continue;
            }
            String fresh = sealer.seal(admin.id().value(), sealer.open(admin.id().value(), old));
            if (admins.replaceTotpSecret(admin.id(), old, fresh)) {
                resealed++;
            }
        }
        return new Outcome(resealed, List.copyOf(unopenable));
    }
}
