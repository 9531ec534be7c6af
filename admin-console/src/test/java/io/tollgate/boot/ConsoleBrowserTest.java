package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.identity.console.SecondFactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin runs Tollgate from the console in a real headless Chromium, from the first sign-in on. */
class ConsoleBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static RunningTollgate app;
    private static String password;
    private static ChromeDriver browser;
    private static String secret;

    @BeforeAll
    static void start() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of());
            password = log.consolePassword();
        }
        browser = Chromium.start();
        signInAndEnrol();
        signOutAndInAgainWithACode();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void anAdminSignsInWithTwoStepsAndRunsTollgate() throws Exception {
        assertEquals("Dashboard", open("/console").findElement(By.cssSelector("h1")).getText());

        String userUrl = createUserAndTopUp("alice", "100");
        assertEquals("100", text("#balance"));
        assertTrue(text("#ledger").contains("welcome"), "the top-up is in the ledger");

        fill(open("/console/workflows"), "#wf-name", "智能客服工作流");
        fill(browser, "#wf-multiplier", "2.5");
        submit("#add-workflow");
        arriveAt("/console/workflows?done=workflow-added");
        assertTrue(text("#workflows").contains("智能客服工作流") && text("#workflows").contains("2.5"));

        open("/console/words");
        browser.findElement(By.cssSelector("#words")).clear();
        fill(browser, "#words", "赌博");
        submit("#words-form");
        arriveAt("/console/words?done=words-saved");
        assertTrue(text(".notice").contains("saved"));
        fill(open("/console/words"), "#try", "我想赌 博");
        browser.findElement(By.cssSelector("#try")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("try="));
        assertTrue(text("#matches").contains("赌博"), "the tried text matches through the noise");
        assertEquals(403, shareAuthStart("alice", "我想学赌博"), "the new word blocks a ShareAuth start");
        assertEquals(200, shareAuthStart("alice", "你好"));

        open("/console/memfit");
        String before = text("#memfit-secret");
        browser.findElement(By.cssSelector("#rotate")).click();
        arriveAt("/console/memfit/rotate");
        browser.findElement(By.cssSelector("#confirm")).click();
        arriveAt("/console/memfit?done=memfit-rotated");
        assertTrue(text(".notice").contains("rotated"));
        assertNotEquals(before, text("#memfit-secret"));

        assertTrue(open("/console/audit").findElement(By.cssSelector("#audit")).getText().contains("rotate-memfit-secret"));

        String userId = userUrl.replaceAll(".*/console/users/([^?]+).*", "$1");
        chat(userId, 2);
        assertTrue(open("/console/users/" + userId + "/usage").findElement(By.cssSelector("#usage")).getText().contains("mock-gpt"));
        open("/console");
        screenshot("dashboard");
        assertEquals("2", text("#stat-requests"));
        assertTrue(text("main").contains("alice"), "alice leads the top users");
    }

    /** Relayed calls by the user through a new API key, so the dashboard has something to show. */
    private static void chat(String userId, int calls) {
        String key = app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + userId + "\",\"models\":[\"mock-*\"]}").body()
                .replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
        for (int i = 0; i < calls; i++) {
            assertEquals(200, app.post("/v1/chat/completions", "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                    "Authorization", "Bearer " + key).statusCode());
        }
    }

    @Test
    void theAccountsPageColoursQuotaBarsByHowFullTheyAre() throws Exception {
        String orange = addAccount("quota-75", 1000, 750);
        String red = addAccount("quota-95", 1000, 950);
        String green = addAccount("quota-10", 1000, 100);

        open("/console/accounts");
        screenshot("accounts");

        assertEquals("quota orange", barClass(orange));
        assertEquals("quota red", barClass(red));
        assertEquals("quota green", barClass(green));
    }

    private static void signInAndEnrol() {
        signInWithPassword();
        arriveAt("/console/enrol");
        secret = text("#totp-secret");
        assertTrue(browser.findElement(By.cssSelector("img.qr")).getAttribute("src").startsWith("data:image/svg+xml;base64,"));
        fill(browser, "#code", SecondFactor.ADMIN_TOTP.code(ConsoleClient.base32(secret), Instant.now()));
        submit("form.stack");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        assertEquals(10, browser.findElements(By.cssSelector("#recovery-codes li")).size());
        browser.findElement(By.linkText("Go to the dashboard")).click();
    }

    /** The enrolment used this step's code, so the next sign-in takes the next step's (the window allows one step ahead). */
    private static void signOutAndInAgainWithACode() {
        browser.findElement(By.cssSelector("form[action='/console/logout'] button")).click();
        arriveAt("/console/login");
        assertTrue(open("/console").getCurrentUrl().endsWith("/console/login"), "signed out for real");
        signInWithPassword();
        arriveAt("/console/login/code");
        fill(browser, "#code", SecondFactor.ADMIN_TOTP.code(ConsoleClient.base32(secret), Instant.now().plusSeconds(30)));
        submit("form.stack");
        arriveAt("/console?done=signed-in");
        assertTrue(text(".notice").contains("Signed in"));
    }

    /** Clicks return before the next page has loaded; wait for it (a failed wait names the page the browser is on). */
    private static void arriveAt(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(app.base() + path));
    }

    private static void signInWithPassword() {
        fill(open("/console/login"), "#username", "admin");
        fill(browser, "#password", password);
        submit("form.stack");
    }

    private String createUserAndTopUp(String name, String amount) {
        fill(open("/console/users"), "#new-username", name);
        fill(browser, "#new-password", "password123");
        submit("#create-user");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("done=user-created"));
        assertTrue(text(".notice").contains("User created"));
        fill(browser, "#amount", amount);
        fill(browser, "#reason", "welcome");
        submit("#balance-form");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("done=balance"));
        return browser.getCurrentUrl();
    }

    private int shareAuthStart(String user, String question) {
        String init = app.post("/shareAuth/init", "{\"username\":\"" + user + "\",\"password\":\"password123\"}").body();
        String token = init.replaceAll(".*\"authToken\":\"([^\"]+)\".*", "$1");
        return app.post("/shareAuth/start", "{\"token\":\"" + token + "\",\"question\":\"" + question + "\"}").statusCode();
    }

    private String addAccount(String name, long quota, long usedToday) throws SQLException {
        String id = ConsoleSecurityTest.idOf(app.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"" + name
                + "\",\"models\":[\"mock-gpt\"],\"dailyTokenQuota\":" + quota + "}").body());
        try (Connection db = DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password())) {
            var insert = db.prepareStatement("INSERT INTO account_token_usage (account_id, quota_day, tokens) VALUES (?::uuid, ?, ?)");
            insert.setString(1, id);
            insert.setObject(2, LocalDate.now(ZoneId.of("Asia/Shanghai")));
            insert.setLong(3, usedToday);
            insert.executeUpdate();
        }
        return id;
    }

    private String barClass(String accountId) {
        return browser.findElement(By.cssSelector("tr[data-account='" + accountId + "'] svg.quota")).getAttribute("class");
    }

    private static WebDriver open(String path) {
        browser.get(app.base() + path);
        return browser;
    }

    private static void fill(WebDriver driver, String css, String value) {
        driver.findElement(By.cssSelector(css)).sendKeys(value);
    }

    private static void submit(String formCss) {
        browser.findElement(By.cssSelector(formCss + " button[type=submit]")).click();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
