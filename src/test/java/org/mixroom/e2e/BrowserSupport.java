package org.mixroom.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixroom.RunningApp;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a random port (see {@link RunningApp}) and a
 * headless Chromium driven by Playwright.
 *
 * <p>Playwright never downloads a browser: it drives the system's Chromium, found on PATH as
 * {@code chromium} or {@code chromium-browser}, or at {@code MIXROOM_CHROMIUM}. Each test gets a
 * fresh {@link #page} in its own context (its own cookies, so its own session) whose base URL is the
 * application, so tests navigate with paths: {@code page.navigate("/")}.
 */
@RunningApp
public abstract class BrowserSupport {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    /** The current test's context: one browser session. */
    protected BrowserContext context;

    /** A page in {@link #context}. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // A Spring start or a first page load can take longer than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
            playwright = null;
            browser = null;
        }
    }

    /** On a failure, every page of the test's browser sessions as a screenshot under target/screenshots. */
    @RegisterExtension
    static final AfterTestExecutionCallback SCREENSHOTS = extension -> {
        if (extension.getExecutionException().isPresent()
                && extension.getRequiredTestInstance() instanceof BrowserSupport test) {
            int n = 0;
            for (BrowserContext open : test.contexts) {
                for (Page shown : open.pages()) {
                    shown.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots",
                            extension.getRequiredTestClass().getSimpleName() + "-" + extension.getDisplayName()
                                    .replaceAll("\\W", "") + "-" + n++ + ".png")));
                }
            }
        }
    };

    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** A new browser session on the application, e.g. for a second user in a live-update test. */
    protected BrowserContext newContext() {
        BrowserContext created = browser.newContext(
                new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("en-US"));
        contexts.add(created);
        return created;
    }

    /** The application's root URL, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code MIXROOM_CHROMIUM}, else {@code chromium} or {@code chromium-browser} on PATH. */
    static Path chromium() {
        String env = System.getenv("MIXROOM_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("Install chromium (apt-get install chromium) or set MIXROOM_CHROMIUM");
    }
}
