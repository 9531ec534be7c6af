package io.tollgate.application.fakes;

import io.tollgate.application.contracts.AdminsContract;
import io.tollgate.application.identity.Admins;
import io.tollgate.application.identity.ConsoleSessions;

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
