package io.tollgate.console.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Templates;
import io.tollgate.console.web.text.Lang;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user's page shows points, numbers and times as the reader's locale writes them, in the operator's zone. */
class UserPageFormatsTest {

    private static final Instant AT = Instant.parse("2026-12-05T15:20:07.123456Z");

    @Test
    void aTopUpIsGroupedAndTimedForTheEnglishReader() {
        String page = render(new Texts(Lang.EN, ZoneId.of("UTC")));

        assertTrue(page.contains("<strong id=\"balance\">1,234.5</strong>"), page);
        assertTrue(page.contains("<td class=\"num\">1,234.5</td>") && page.contains("Dec 5, 2026, 3:20:07"), page);
        assertTrue(page.contains("When (UTC)") && page.contains("<td>top-up</td>"), page);
        assertFalse(page.contains("2026-12-05T15:20:07"), "no raw instant, no microseconds");
    }

    @Test
    void theSameTopUpInChineseIsInTheOperatorsZone() {
        String page = render(new Texts(Lang.ZH_CN, ZoneId.of("Asia/Shanghai")));

        assertTrue(page.contains("<html lang=\"zh-CN\">") && page.contains("<td class=\"num\">1,234.5</td>"), page);
        assertTrue(page.contains("2026年12月5日 23:20:07") && page.contains("时间（Asia/Shanghai）") && page.contains("<td>充值</td>"), page);
        assertFalse(page.contains("??"), page);
    }

    private static String render(Texts t) {
        Points amount = Points.exactly("1234.5");
        User user = new User(new UserId(UUID.randomUUID()), new Username("walker"), amount, UserStatus.ACTIVE, Multiplier.ONE, AT);
        LedgerEntry topUp = new LedgerEntry(1, user.id(), LedgerEntryKind.TOP_UP, amount, amount, "welcome", "console:admin", AT);
        Chrome chrome = new Chrome(t.format("title.user", "walker"), "admin", "token", "users", "", t);
        return Templates.render("user.jte", new UserPage(chrome, user, List.of(topUp), new Paging(0, Paging.DEFAULT_LIMIT, false, ""), ""));
    }
}
