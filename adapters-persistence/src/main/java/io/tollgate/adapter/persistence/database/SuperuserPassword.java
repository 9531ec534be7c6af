package io.tollgate.adapter.persistence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded server's superuser password: generated once, kept owner-only in the server's data directory, and
 * required of every connection by the {@code pg_hba.conf} written beside it, so that no other local process gets in.
 */
final class SuperuserPassword {

    static final String FILE = "superuser-password";
    private static final String HBA = """
            # Written by Tollgate at every start: every connection needs the superuser's password, which is kept
            # owner-only in the file superuser-password in this directory.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SuperuserPassword() {}

    /** The password kept in the directory, if one was. */
    static Optional<String> stored(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(p -> !p.isEmpty())
                    : Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read " + file, failed);
        }
    }

    /** Letters, digits, '-' and '_' only: safe in a SQL literal and in initdb's password file. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keeps the password in the directory, readable by its owner only, replacing it whole or not at all. */
    static void keep(Path dataDirectory, String password) {
        writeOwnerOnly(dataDirectory.resolve(FILE), password);
    }

    /** A file outside any data directory for initdb's {@code --pwfile}; the caller deletes it. */
    static Path forInitdb(String password) {
        try {
            // A temporary file is created owner-only.
            Path file = Files.createTempFile("tollgate-initdb-", ".pw");
            Files.writeString(file, password, StandardCharsets.UTF_8);
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write initdb's password file", failed);
        }
    }

    /** From the next start (or configuration reload) on, every connection must give the password. */
    static void require(Path dataDirectory) {
        writeOwnerOnly(dataDirectory.resolve("pg_hba.conf"), HBA);
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + file, failed);
        }
    }
}
