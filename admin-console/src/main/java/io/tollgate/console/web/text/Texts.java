package io.tollgate.console.web.text;

import gg.jte.support.LocalizationSupport;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * One page's words and formats: messages in the reader's language, numbers and points in its locale, times in the
 * operator's zone. A key without a message renders as {@code ??key??}, which the page tests look for.
 */
public final class Texts implements LocalizationSupport {

    private final Lang lang;
    private final Map<String, String> messages;
    private final ZoneId zone;
    private final DateTimeFormatter times;
    private final DateTimeFormatter dates;

    public Texts(Lang lang, ZoneId zone) {
        this.lang = lang;
        this.messages = Bundles.of(lang);
        this.zone = zone;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(lang.locale()).withZone(zone);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale());
    }

    public static Texts english() {
        return new Texts(Lang.EN, ZoneId.of("UTC"));
    }

    public Lang lang() {
        return lang;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public String lookup(String key) {
        return get(key);
    }

    public String get(String key) {
        String message = messages.get(key);
        return message == null ? "??" + key + "??" : message;
    }

    /** The message with {@code {0}}, {@code {1}}… replaced by the arguments as given (escaping is the template's job). */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(value);
    }

    /** Points as the locale groups them, every stored decimal kept (up to six) and none added. */
    public String points(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(6);
        return format.format(value.stripTrailingZeros());
    }

    /** A moment in the operator's zone, to the second. */
    public String time(Instant at) {
        return at == null ? "" : times.format(at);
    }

    public String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }
}
