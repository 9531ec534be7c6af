package io.tollgate.boot;

import io.tollgate.application.identity.console.SecondFactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium on one running Tollgate: the few moves a console test makes, each waiting for its page. */
final class ConsoleBrowser implements AutoCloseable {

    final ChromeDriver driver;
    private final String base;

    ConsoleBrowser(RunningTollgate app, String language) {
        this.driver = Chromium.start(language);
        this.base = app.base();
    }

    /** Password, then a first TOTP enrolment; ends on the dashboard. */
    void signInAndEnrol(String password) {
        open("/console/login");
        fill("#username", "admin");
        fill("#password", password);
        submit("form.stack");
        arriveAt("/console/enrol");
        String secret = text("#totp-secret");
        fill("#code", SecondFactor.ADMIN_TOTP.code(ConsoleClient.base32(secret), Instant.now()));
        submit("form.stack");
        waitFor("#recovery-codes");
        open("/console");
    }

    /** A user's sign-in to /me with the test password; ends on their accounts page, where sign-in lands. */
    void signInToPortal(String username) {
        open("/me/login");
        fill("#username", username);
        fill("#password", "password123");
        submit("form");
        arriveAt("/me/accounts");
    }

    ConsoleBrowser open(String path) {
        driver.get(base + path);
        return this;
    }

    void fill(String css, String value) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(value);
    }

    void choose(String css, String value) {
        new Select(driver.findElement(By.cssSelector(css))).selectByValue(value);
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    void submit(String formCss) {
        click(formCss + " button[type=submit]");
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks return before the next page has loaded; a failed wait names the page the browser is on. */
    void arriveAt(String pathAndQuery) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(base + pathAndQuery));
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    String url() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The whole page at this width, as {@code name-<width>.png}. */
    void screenshot(Path dir, String name, int width) throws IOException {
        Files.createDirectories(dir);
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) driver.executeScript("return Math.max(document.body.scrollHeight, 900);");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 4000)));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + "-" + width + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
