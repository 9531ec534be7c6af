package io.tollgate.application.fakes;

import io.tollgate.application.contracts.AdminsContract;
import io.tollgate.application.identity.console.Admins;
import io.tollgate.application.identity.console.ConsoleSessions;

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
