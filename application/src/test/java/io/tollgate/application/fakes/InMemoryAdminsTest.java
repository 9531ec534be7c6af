package io.tollgate.application.fakes;

import io.tollgate.application.contracts.AdminsContract;
import io.tollgate.application.identity.ConsoleSessions;
import io.tollgate.domain.identity.Admins;

class InMemoryAdminsTest extends AdminsContract {

    @Override
    protected Admins newAdmins() {
        return new InMemoryAdmins();
    }

    @Override
    protected ConsoleSessions sessions() {
        return new InMemoryConsoleSessions();
    }
}
