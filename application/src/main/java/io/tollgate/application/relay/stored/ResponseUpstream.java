package io.tollgate.application.relay.stored;

import io.tollgate.domain.account.ProviderAccount;
import java.util.Optional;

/** Reads or deletes a Response stored on an OpenAI account, with that account's credential. */
public interface ResponseUpstream {

    enum Verb { GET, DELETE }

    /** The platform's answer as it came: its status and JSON body. */
    record Answer(int status, byte[] body) {}

    /** The platform's answer, or empty when it could not be reached. */
    Optional<Answer> send(ProviderAccount account, String credential, Verb verb, String responseId);
}
