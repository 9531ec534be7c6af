package io.tollgate.adapter.provider.transport;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;

/** Checks header values before sending, as the client writes whatever it is given onto the wire. */
final class HeaderValues {

    private HeaderValues() {}

    /** Whether every value is one line of visible Latin-1 text, spaces and tabs: a credential cannot smuggle in a header. */
    static boolean valid(HttpMessage message) {
        for (Header header : message.getHeaders()) {
            String value = header.getValue();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c > 0xFF || c == 0x7F || (c < 0x20 && c != '\t')) {
                    return false;
                }
            }
        }
        return true;
    }
}
