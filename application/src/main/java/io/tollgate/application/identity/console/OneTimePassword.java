package io.tollgate.application.identity.console;

import java.security.SecureRandom;
import java.util.Base64;

/** A random admin password shown once to the operator: 144 bits, URL-safe Base64 so it survives copying from a log. */
final class OneTimePassword {

    private static final int BYTES = 18;

    private OneTimePassword() {}

    static String draw(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
