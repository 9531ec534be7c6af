package io.tollgate.application.relay;

/** The answer's text for a usage summary: the first {@code "content"} string of a JSON reply, else the text itself. */
final class ReplyText {

    private static final String CONTENT = "\"content\":";

    private ReplyText() {}

    static String of(CharSequence reply) {
        String text = reply.toString();
        if (!text.startsWith("{")) {
            return text;
        }
        int at = text.indexOf(CONTENT);
        int quote = at < 0 ? -1 : text.indexOf('"', at + CONTENT.length());
        if (quote < 0 || !text.substring(at + CONTENT.length(), quote).isBlank()) {
            return "";
        }
        StringBuilder content = new StringBuilder();
        for (int i = quote + 1; i < text.length() && content.length() <= 200; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(++i);
                if (escaped == 'u' && i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                    content.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    content.append(switch (escaped) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> escaped;
                    });
                }
            } else {
                content.append(c);
            }
        }
        return content.toString();
    }
}
