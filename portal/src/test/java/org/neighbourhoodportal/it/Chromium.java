package org.neighbourhoodportal.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The machine's own headless Chromium (Debian's package), driven by Playwright. Playwright is told not to download
 * a browser of its own: only its driver comes from Maven Central. No Chromium: the class is skipped with a printed
 * line, or fails when {@code portal.require.full.suite=true}. PORTAL_IT_CHROMIUM points at another binary.
 */
public final class Chromium implements ExecutionCondition {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("PORTAL_IT_CHROMIUM", "/usr/bin/chromium"));

    private static final String SKIPPED = "Browser suite SKIPPED: " + EXECUTABLE + " not found";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(EXECUTABLE)) {
            return ConditionEvaluationResult.enabled(EXECUTABLE + " is there");
        }
        // throws when the full suite is required, which fails the class with that message
        return ConditionEvaluationResult.disabled(FullSuite.skipOrFail(SKIPPED, "not an executable file"));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
