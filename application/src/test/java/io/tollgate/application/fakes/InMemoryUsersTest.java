package io.tollgate.application.fakes;

import io.tollgate.application.contracts.UsersContract;
import io.tollgate.domain.identity.Users;

class InMemoryUsersTest extends UsersContract {

    @Override
    protected Users newUsers() {
        return new InMemoryUsers();
    }
}
