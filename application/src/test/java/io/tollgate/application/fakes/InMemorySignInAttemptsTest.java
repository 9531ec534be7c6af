package io.tollgate.application.fakes;

import io.tollgate.application.contracts.SignInAttemptsContract;
import io.tollgate.application.identity.signin.SignInAttempts;

class InMemorySignInAttemptsTest extends SignInAttemptsContract {

    @Override
    protected SignInAttempts newAttempts() {
        return new InMemorySignInAttempts();
    }
}
