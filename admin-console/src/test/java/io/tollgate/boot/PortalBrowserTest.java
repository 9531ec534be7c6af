package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user in a real headless Chromium: signs in, binds a mock-platform account through the OAuth authorization page in
 * a popup, sees the list refresh, and watches the account's quota bar turn orange at 70 % and red at 90 %.
 */
class PortalBrowserTest {

    private static RunningTollgate app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = RunningTollgate.onKnownPort(Map.of());
        OAuthUser.create(app, "bob", "5");
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test
    void aUserBindsAnAccountInAPopupAndSeesItsQuotaBarTurnOrangeThenRed() throws Exception {
        browser.get(app.base() + "/me/login");
        browser.findElement(By.id("username")).sendKeys("bob");
        browser.findElement(By.id("password")).sendKeys("password123");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlToBe(app.base() + "/me/accounts"));
        assertTrue(browser.findElement(By.cssSelector(".empty")).getText().contains("No accounts yet"));

        String main = browser.getWindowHandle();
        new Select(browser.findElement(By.id("platform"))).selectByValue("mock");
        browser.findElement(By.id("account_name")).sendKeys("演示账号");
        browser.findElement(By.cssSelector("#add-account button")).click();
        waiting().until(driver -> driver.getWindowHandles().size() == 2);
        String popup = browser.getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst().orElseThrow();
        browser.switchTo().window(popup);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
        waiting().until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(main);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts tr[data-account]")));

        WebElement row = browser.findElement(By.cssSelector("#accounts tr[data-account]"));
        assertTrue(row.getText().contains("演示账号"), row.getText());
        assertEquals("quota green", bar().getAttribute("class"));
        String accountId = row.getAttribute("data-account");

        OAuthUser bob = OAuthUser.signIn(app, "bob");
        assertEquals(200, bob.chat(accountId, null).statusCode());
        long used = bob.account(accountId).at("/quota/used").asLong();
        assertTrue(used > 0);

        setQuota((long) Math.ceil(used / 0.75));
        assertEquals("quota orange", bar().getAttribute("class"), "75 % used");
        screenshot("my-accounts-orange.png");
        setQuota((long) Math.ceil(used / 0.95));
        assertEquals("quota red", bar().getAttribute("class"), "95 % used");
        screenshot("my-accounts.png");
    }

    private static WebElement bar() {
        return browser.findElement(By.cssSelector("#accounts tr[data-account] svg.quota"));
    }

    private static void setQuota(long quota) {
        WebElement row = browser.findElement(By.cssSelector("#accounts tr[data-account]"));
        row.findElement(By.tagName("summary")).click();
        WebElement field = row.findElement(By.name("daily_quota"));
        field.clear();
        field.sendKeys(Long.toString(quota));
        row.findElement(By.cssSelector("details form button")).click();
        // The URL of the previous save already says done=account-saved: wait for this page to go first.
        waiting().until(page -> gone(row));
        waiting().until(ExpectedConditions.urlContains("done=account-saved"));
    }

    /** Whether the element's page has gone: Chromium says so as a stale element, or while navigating as a node no longer in the document. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException navigatedAway) {
            return true;
        }
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(ConsoleBrowserTest.SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), ConsoleBrowserTest.SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
