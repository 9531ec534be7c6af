package io.tollgate.application.fakes;

import io.tollgate.application.contracts.RateWindowsContract;
import io.tollgate.application.relay.usage.RateWindows;

class InMemoryRateWindowsTest extends RateWindowsContract {

    @Override
    protected RateWindows newWindows() {
        return new InMemoryRateWindows();
    }
}
