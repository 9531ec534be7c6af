package io.tollgate.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The console's static files (stylesheet, scripts), read once from the classpath. */
public final class Assets {

    private Assets() {}

    public static byte[] resource(String path) {
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException missing) {
            throw new UncheckedIOException(new IOException("missing " + path));
        }
    }
}
