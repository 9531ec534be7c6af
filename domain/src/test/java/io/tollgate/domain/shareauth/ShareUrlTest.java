package io.tollgate.domain.shareauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareUrlTest {

    @Test
    void noLoginUrlIsTheRefererWithoutAuthToken() {
        assertEquals(Optional.of("https://cloud.fastgpt.io/chat/share?shareId=aWiVMYjiEToOjpOWzhIn3i1L"),
                ShareUrl.noLoginUrl("https://cloud.fastgpt.io/chat/share?shareId=aWiVMYjiEToOjpOWzhIn3i1L&authToken=eyJhbGciOi.x.y"));
        assertEquals(Optional.of("https://x.io/chat/share?shareId=1&lang=zh"),
                ShareUrl.noLoginUrl("https://x.io/chat/share?authToken=abc&shareId=1&lang=zh"));
        assertEquals(Optional.of("https://x.io/chat/share"), ShareUrl.noLoginUrl("https://x.io/chat/share?authToken=abc"));
    }

    @Test
    void aRefererThatIsNotAUrlNamesNoWorkflow() {
        assertEquals(Optional.empty(), ShareUrl.noLoginUrl("not a url"));
        assertEquals(Optional.empty(), ShareUrl.noLoginUrl(null));
        assertEquals(Optional.empty(), ShareUrl.noLoginUrl("/relative/path"));
    }

    @Test
    void fastGptPlaceholderTokensAreRecognised() {
        assertTrue(ShareUrl.isFastGptGeneratedToken("shareChat-1700000000000-abcdefghijklmnopqrstuvwx"));
        assertFalse(ShareUrl.isFastGptGeneratedToken("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
    }
}
