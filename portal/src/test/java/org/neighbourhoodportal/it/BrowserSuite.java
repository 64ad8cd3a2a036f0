package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.directory.DemoDirectoryData.DEMO_PASSWORD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser suite's one start-up: Debian's headless Chromium through Playwright, started once per class; a fresh
 * browser context (own cookies, so nobody shares a session) per {@link #page} or {@link #signIn}, closed after each
 * test; the last page each test saw saved to {@code target/screenshots/last-<test>.png}, which on a failure shows
 * where it stopped. Register it as a static field of a {@link BrowserTest} class (static, so that it starts the
 * browser before the class's tests and stops it after them):
 * {@code @RegisterExtension static final BrowserSuite browser = new BrowserSuite();}
 */
public final class BrowserSuite implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The laptop size every page must work at. */
    public static final int LAPTOP_WIDTH = 1280;
    public static final int LAPTOP_HEIGHT = 800;
    /** The phone width every page must work at. */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    /** A shared build machine can be very slow. */
    private static final int TIMEOUT_MS = 60_000;

    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private int port;
    private Page current;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (current != null && !current.isClosed()) {
                current.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(
                        "last-" + context.getRequiredTestMethod().getName() + ".png")));
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            current = null;
        }
    }

    /** The port the application answers on, e.g. for plain HTTP requests. */
    public int port() {
        return port;
    }

    /** A new browser window of its own (cookies, storage), signed out, at a laptop's size. */
    public Page page() {
        return page(LAPTOP_WIDTH, LAPTOP_HEIGHT);
    }

    /** A new browser window of its own (cookies, storage), signed out, at this size. */
    public Page page(int width, int height) {
        return page(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** A new browser window with these options; the base address and the locale are set here. */
    public Page page(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL("http://localhost:" + port)
                .setLocale("en-GB"));
        context.setDefaultTimeout(TIMEOUT_MS);
        contexts.add(context);
        current = context.newPage();
        return current;
    }

    /** Signs this person in, in a window of their own at a laptop's size, through the sign-in page. */
    public Page signIn(String email) {
        return signIn(email, LAPTOP_WIDTH, LAPTOP_HEIGHT);
    }

    public Page signIn(String email, int width, int height) {
        Page page = page(width, height);
        signIn(page, email, null);
        return page;
    }

    /** Signs in on this page as a person would: the form, then Enter; a screenshot of the filled form if named. */
    public void signIn(Page page, String email, String screenshot) {
        current = page;
        page.navigate("/login");
        fill(page.locator("input[name=username]"), email);
        fill(page.locator("input[name=password]"), DEMO_PASSWORD);
        if (screenshot != null) {
            shot(page, screenshot);
        }
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Types into a field and leaves it, which is when Vaadin sends the value to the server. */
    public static void fill(Locator field, String text) {
        field.fill(text);
        field.press("Tab");
    }

    /** A whole-page screenshot to {@code target/screenshots/}; the page becomes the one saved if the test fails. */
    public void shot(Page page, String name) {
        shot(page, SCREENSHOTS.resolve(name));
    }

    public void shot(Page page, Path file) {
        current = page;
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** Marks this page as the one to save if the test fails. */
    public void watch(Page page) {
        current = page;
    }
}
