package io.tollgate.console.web.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages carry the same messages, a browser's preference picks one, and numbers and times follow it. */
class MessageBundlesTest {

    @Test
    void everyMessageExistsInBothLanguages() {
        Set<String> english = new TreeSet<>(Bundles.of(Lang.EN).keySet());
        Set<String> chinese = new TreeSet<>(Bundles.of(Lang.ZH_CN).keySet());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertTrue(onlyEnglish.isEmpty() && onlyChinese.isEmpty(), "only in English: " + onlyEnglish + ", only in Chinese: " + onlyChinese);
        assertTrue(english.size() > 50, english.size() + " messages");
    }

    @Test
    void theBrowsersFirstAcceptableLanguageIsChosen() {
        assertEquals(Lang.ZH_CN, Lang.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Lang.ZH_CN, Lang.fromAcceptLanguage("zh-TW"));
        assertEquals(Lang.EN, Lang.fromAcceptLanguage("en-GB,zh;q=0.5"));
        assertEquals(Lang.ZH_CN, Lang.fromAcceptLanguage("fr-FR, zh;q=0.5"));
        assertEquals(Lang.EN, Lang.fromAcceptLanguage("fr-FR"));
        assertEquals(Lang.EN, Lang.fromAcceptLanguage(";;;=garbage"));
        assertEquals(Lang.EN, Lang.fromAcceptLanguage(null));
    }

    @Test
    void numbersPointsAndTimesFollowTheLocaleAndTheOperatorsZone() {
        Texts chinese = new Texts(Lang.ZH_CN, ZoneId.of("Asia/Shanghai"));
        Texts english = new Texts(Lang.EN, ZoneId.of("UTC"));
        Instant at = Instant.parse("2026-12-05T15:20:07.123456Z");
        assertEquals("2026年12月5日 23:20:07", chinese.time(at));
        assertTrue(english.time(at).startsWith("Dec 5, 2026, 3:20:07"), english.time(at));
        assertEquals("1,234,567.000001", english.points(new BigDecimal("1234567.000001")));
        assertEquals("12,345", chinese.number(12345));
        assertEquals("0.5", english.points(new BigDecimal("0.500000")));
        assertEquals("??no.such.key??", english.get("no.such.key"));
        assertEquals("Sign out 管理员", english.format("layout.sign-out", "管理员"));
    }
}
