package io.tollgate.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Secrets generated once into the data directory, readable by the owner only. */
final class SecretFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SecretFiles.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {}

    /** The secret in this file, made (32 random bytes, base64) the first time; {@code keepFor} says what losing it breaks. */
    static byte[] readOrCreate(Path file, String purpose, String keepFor) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Path temporary = Files.createTempFile(file.getParent(), ".secret", ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            Files.move(temporary, file);
            LOG.info("Generated the {} into {} (owner-only); keep it to {}.", purpose, file, keepFor);
            return secret;
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("cannot read or create the " + purpose + " at " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    static void restrictToOwner(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, Set.copyOf(PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------")));
        }
    }
}
