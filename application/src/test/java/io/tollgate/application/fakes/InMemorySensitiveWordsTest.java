package io.tollgate.application.fakes;

import io.tollgate.application.contracts.SensitiveWordsContract;
import io.tollgate.domain.moderation.SensitiveWords;

class InMemorySensitiveWordsTest extends SensitiveWordsContract {

    @Override
    protected SensitiveWords newSensitiveWords() {
        return new InMemorySensitiveWords();
    }
}
