package io.tollgate.adapter.provider.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.tollgate.domain.relay.TokenCounter;

/** Counts tokens with OpenAI's o200k_base encoding, the closest common ground for estimates across platforms. */
public final class JtokkitTokenCounter implements TokenCounter {

    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    @Override
    public long count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        // Ordinary: a caller's text that spells a special token like <|endoftext|> is counted, not rejected.
        return encoding.countTokensOrdinary(text);
    }
}
