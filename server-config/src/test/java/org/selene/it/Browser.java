package org.selene.it;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Headless Chromium for the web pages' tests (Debian's chromium and chromium-driver, never a
 * download), found by what a person reads: labels and button names. On a failed test the page
 * is saved as target/screenshots/<test>.png.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("selene.it.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("selene.it.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;

    public Browser() {
        this(1280, 900);
    }

    public Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // a client address of its own (the suite's server trusts its loopback proxy), so the pages'
        // logins, sign-ups and pairings count against no other test's limits per address
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", Http.newClientAddress())));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(Http.url(path));
        return this;
    }

    /** The input a visible label names (the label's "for"). */
    public WebElement field(String label) {
        // a required field's label ends in PrimeFaces' "*"
        WebElement l = waitFor(d -> d.findElements(By.tagName("label")).stream()
                .filter(e -> e.isDisplayed() && e.getText().replace("*", "").trim().equals(label)).findFirst().orElse(null));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    public Browser type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** The button (or link styled as one) whose accessible name is the action. */
    public WebElement button(String name) {
        return waitFor(d -> java.util.stream.Stream.of("//button[normalize-space(.)='" + name + "' or @aria-label='" + name + "']",
                        "//input[@type='submit' and @value='" + name + "']", "//a[normalize-space(.)='" + name + "']")
                .flatMap(x -> d.findElements(By.xpath(x)).stream()).filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public Browser click(String name) {
        button(name).click();
        return this;
    }

    /** Ticks (or unticks) the checkbox a visible label names, with the space bar as a keyboard user does. */
    public Browser tick(String label) {
        field(label).sendKeys(Keys.SPACE);
        return this;
    }

    public String heading() {
        return waitFor(d -> d.findElement(By.tagName("h1"))).getText();
    }

    /** Waits until the page's main heading reads the text. */
    public Browser awaitHeading(String text) {
        waitFor(d -> text.equals(d.findElement(By.tagName("h1")).getText()) ? true : null);
        return this;
    }

    public Browser awaitText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text) ? true : null);
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(Cookie::getValue);
    }

    /** Takes over a session minted elsewhere: the page and the APIs share its cookies. */
    public Browser signIn(String cookieHeader) {
        open("/login.xhtml");
        for (String pair : cookieHeader.split(";\\s*")) {
            String[] nv = pair.split("=", 2);
            driver.manage().addCookie(new Cookie(nv[0], nv[1], "/"));
        }
        return this;
    }

    /** Chooses the option a native select shows with this text. */
    public Browser select(String label, String option) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(option);
        return this;
    }

    /** Types into a PrimeFaces type-ahead and picks the suggestion that reads the text. */
    public Browser typeAhead(String label, String typed, String suggestion) {
        type(label, typed);
        waitFor(d -> d.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                .filter(e -> e.isDisplayed() && suggestion.equals(e.getAttribute("data-item-label"))).findFirst().orElse(null)).click();
        return this;
    }

    public <T> T waitFor(Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        // Chromium 150 reports an element of a page being replaced this way, not as stale
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Register on a test class with a static Browser field to get screenshots of failures. */
    public record ScreenshotOnFailure(java.util.function.Supplier<Browser> browser) implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Browser b = browser.get();
            if (context.getExecutionException().isPresent() && b != null) {
                b.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            }
        }
    }
}
