package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The operator's day in a real browser, in English and in Chinese: an account and a priced model added from the
 * console, the account tested, a user chatting in the playground on points and then on their own bound account, and
 * the request log naming the right payer of each call. Screenshots go to {@code -Dtollgate.screenshots}.
 */
class ConsoleOperatorFlowTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("tollgate.screenshots", "target/screenshots/console"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anAdminSetsUpAChannelAndAUserChatsOnPointsThenOnTheirOwnAccount(String language) throws Exception {
        try (FakePlatform upstream = new FakePlatform(Map.of("up", FakePlatform.chat("Hello, writer")));
             FirstStartLog log = new FirstStartLog();
             RunningTollgate app = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "true"));
             ConsoleBrowser browser = new ConsoleBrowser(app, language)) {
            boolean chinese = language.startsWith("zh");
            browser.signInAndEnrol(log.consolePassword());
            inLanguage(browser, chinese);

            browser.open("/console/accounts/new");
            inLanguage(browser, chinese);
            browser.choose("#account-platform", "openai");
            browser.fill("#account-name", "flow-openai");
            browser.fill("#account-base-url", upstream.baseUrl("up"));
            browser.fill("#account-credential", "sk-flow-secret-1234");
            browser.fill("#account-models", "flow-chat");
            browser.fill("#account-quota", "0");
            browser.fill("#account-weight", "1");
            browser.submit("form#account-form");
            browser.arriveAt("/console/accounts?done=account-added");
            inLanguage(browser, chinese);
            assertFalse(browser.driver.getPageSource().contains("sk-flow-secret-1234"), "the credential is never shown");

            browser.open("/console/models/new");
            inLanguage(browser, chinese);
            browser.fill("#model-name", "flow-chat");
            browser.choose("#model-kind", "chat");
            browser.fill("#model-routes", "openai=up-model");
            browser.fill("#model-input-price", "1000");
            browser.fill("#model-output-price", "2000");
            browser.submit("form#model-form");
            browser.arriveAt("/console/models?done=model-added");
            inLanguage(browser, chinese);
            assertTrue(browser.text("main").contains("flow-chat"), "the new model is listed");

            browser.open("/console/accounts");
            WebElement row = accountRow(browser, "flow-openai");
            String account = row.getAttribute("data-account");
            row.findElement(By.cssSelector("button.test-account")).click();
            String tested = browser.waitFor("tr[data-account='" + account + "'] output.test-result").getText();
            inLanguage(browser, chinese);
            assertTrue(tested.matches("(?s).*\\d+ (ms|毫秒).*"), "the test shows its latency: " + tested);
            assertEquals(1, upstream.calls("up"), "the test called the platform once");

            OAuthUser writer = OAuthUser.create(app, "writer", "100");
            String own = writer.bindByKey("mock", "我的千问", "mock-key-1", 100_000);
            browser.signInToPortal("writer");
            browser.open("/me/playground");
            inLanguage(browser, chinese);
            assertEquals("points", chat(browser, "model:flow-chat"));
            BigDecimal afterPoints = balance(app, "writer");
            // 10 tokens in at 1000 and 5 out at 2000 points per million.
            assertEquals(0, new BigDecimal("99.98").compareTo(afterPoints), "the points call cost what its prices say");
            assertEquals("account", chat(browser, "account:" + own));
            assertEquals(0, afterPoints.compareTo(balance(app, "writer")), "the own-account call spent no points");
            screenshotAll(browser, language, "playground", null);

            browser.open("/console/logs?user=writer");
            inLanguage(browser, chinese);
            List<String> payers = browser.driver.findElements(By.cssSelector("tr[data-log] .log-payer")).stream()
                    .map(cell -> cell.getAttribute("data-payer")).toList();
            assertEquals(List.of("own", "points"), payers, "newest first: the own-account call, then the points call");
            screenshotAll(browser, language, "request-log", "/console/logs");
            screenshotAll(browser, language, "channels", "/console/accounts");
            screenshotAll(browser, language, "dashboard", "/console");
        }
    }

    /** Sends one prompt from the playground and waits for its cost line; who paid. */
    private static String chat(ConsoleBrowser browser, String target) {
        browser.open("/me/playground");
        browser.choose("#pg-model", target);
        browser.fill("#pg-prompt", "写一句开场白");
        browser.click("#pg-send");
        browser.waitFor("#pg-reply[data-done='true']");
        assertFalse(browser.text("#pg-reply").isBlank(), "the reply is shown");
        return browser.waitFor("#pg-usage[data-payer]").getAttribute("data-payer");
    }

    private static WebElement accountRow(ConsoleBrowser browser, String name) {
        return browser.driver.findElements(By.cssSelector("tr[data-account]")).stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }

    /** The page is in the browser's language: marked so, headed in it, and without an untranslated message key. */
    private static void inLanguage(ConsoleBrowser browser, boolean chinese) {
        String page = browser.driver.getPageSource();
        assertFalse(page.contains("??"), browser.url() + " has an untranslated message key");
        assertEquals(chinese ? "zh-CN" : "en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"), browser.url());
        String heading = browser.text("h1");
        assertEquals(chinese, HAN.matcher(heading).find(), browser.url() + " is headed '" + heading + "'");
    }

    private static BigDecimal balance(RunningTollgate app, String username) {
        return RelayAdmin.read(app.admin("GET", "/admin/api/users?q=" + username, null).body()).at("/data/0/balance").decimalValue();
    }

    /** This page ({@code path} null: the one shown, as it is) at a desktop's width and a phone's. */
    private static void screenshotAll(ConsoleBrowser browser, String language, String name, String path) throws Exception {
        if (path != null) {
            browser.open(path);
        }
        for (int width : new int[] {1400, 375}) {
            browser.screenshot(SCREENSHOTS, name + "-" + language, width);
        }
    }
}
