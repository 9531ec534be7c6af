package io.tollgate.application.fakes;

import io.tollgate.application.identity.console.Admin;
import io.tollgate.application.identity.console.AdminId;
import io.tollgate.application.identity.console.Admins;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Admins in memory, for use-case tests. */
public final class InMemoryAdmins implements Admins {

    private final Map<AdminId, Admin> admins = new LinkedHashMap<>();
    private final Map<AdminId, Set<String>> recovery = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Admin> byUsername(String username) {
        return admins.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public synchronized Optional<Admin> byId(AdminId id) {
        return Optional.ofNullable(admins.get(id));
    }

    @Override
    public synchronized List<Admin> all() {
        return List.copyOf(admins.values());
    }

    @Override
    public synchronized boolean replaceTotpSecret(AdminId id, String expected, String replacement) {
        Admin a = admins.get(id);
        if (a == null || !a.sealedTotpSecret().equals(Optional.of(expected))) {
            return false;
        }
        admins.put(id, new Admin(id, a.username(), a.passwordHash(), Optional.of(replacement), a.totpEnabled(), a.lastTotpStep()));
        return true;
    }

    @Override
    public synchronized boolean addFirst(Admin admin) {
        if (!admins.isEmpty()) {
            return false;
        }
        admins.put(admin.id(), admin);
        return true;
    }

    @Override
    public synchronized void beginTotpEnrolment(AdminId id, String sealedSecret) {
        Admin a = admins.get(id);
        if (!a.totpEnabled()) {
            admins.put(id, new Admin(id, a.username(), a.passwordHash(), Optional.of(sealedSecret), false, a.lastTotpStep()));
        }
    }

    @Override
    public synchronized void enableTotp(AdminId id, List<String> recoveryCodeHashes) {
        Admin a = admins.get(id);
        admins.put(id, new Admin(id, a.username(), a.passwordHash(), a.sealedTotpSecret(), true, a.lastTotpStep()));
        recovery.put(id, new HashSet<>(recoveryCodeHashes));
    }

    @Override
    public synchronized boolean useTotpStep(AdminId id, long step) {
        Admin a = admins.get(id);
        if (a.lastTotpStep() >= step) {
            return false;
        }
        admins.put(id, new Admin(id, a.username(), a.passwordHash(), a.sealedTotpSecret(), a.totpEnabled(), step));
        return true;
    }

    @Override
    public synchronized void changePassword(AdminId id, String passwordHash) {
        Admin a = admins.get(id);
        admins.put(id, new Admin(id, a.username(), passwordHash, a.sealedTotpSecret(), a.totpEnabled(), a.lastTotpStep()));
    }

    @Override
    public synchronized boolean resetCredentials(AdminId id, String passwordHash) {
        Admin a = admins.get(id);
        if (a == null) {
            return false;
        }
        admins.put(id, new Admin(id, a.username(), passwordHash, Optional.empty(), false, 0));
        recovery.remove(id);
        return true;
    }

    @Override
    public synchronized boolean useRecoveryCode(AdminId id, String codeHash) {
        return recovery.getOrDefault(id, new HashSet<>()).remove(codeHash);
    }
}
