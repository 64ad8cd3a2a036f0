import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser part of docker/test.sh: a person through the proxy, in Debian's headless Chromium driven by Playwright.
 * Run with the Playwright jars on the class path (test.sh finds them in the local Maven repository):
 *
 * <pre>
 *   java -cp ... StackJourney.java complete-task BASE_URL STATE_DIR
 *       A PPG representative sends feedback; the INT lead signs in and acknowledges it (completes the task).
 *       Writes the lead's browser state (its cookies) and the feedback's id and summary to STATE_DIR, and prints
 *       "node=portal-N" for the node the proxy pinned the lead to.
 *   java -cp ... StackJourney.java sign-in-again BASE_URL STATE_DIR
 *       The same browser (same cookies) comes back after its node was stopped: it must be asked to sign in, land on
 *       the other node, and find the acknowledgement it sent. Saves the browser's new state. Prints "node=portal-N".
 *   java -cp ... StackJourney.java still-signed-in BASE_URL STATE_DIR
 *       After the database was restarted: the same browser, on the same node, is still signed in, opens its task list
 *       and finds the acknowledgement. Prints "node=portal-N".
 *   java -cp ... StackJourney.java sessions BASE_URL STATE_DIR COUNT PID
 *       Measures what a signed-in session costs the portal's heap: PID is the portal's JVM on this machine (jcmd must
 *       reach it). Heap after a full GC, then COUNT people sign in and open their task list and a feedback page, then
 *       the heap after a full GC again. Prints the difference per session.
 * </pre>
 *
 * Exits non-zero, with the reason and a screenshot in STATE_DIR, when any step fails.
 */
public class StackJourney {

    static final String PASSWORD = "neighbourhood"; // the demo accounts' published password
    static final String LEAD = "lead@harborough.demo";
    static final String PPG_REP = "ppg@harborough.demo";
    static final Pattern FEEDBACK_PAGE = Pattern.compile(".*/feedback/(\\d+)$");

    public static void main(String[] args) throws Exception {
        String command = args[0];
        String base = args[1];
        Path state = Paths.get(args[2]);
        Files.createDirectories(state);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(System.getenv().getOrDefault("PORTAL_IT_CHROMIUM", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            switch (command) {
                case "complete-task" -> completeTask(browser, base, state);
                case "sign-in-again" -> signInAgain(browser, base, state);
                case "still-signed-in" -> stillSignedIn(browser, base, state);
                case "sessions" -> sessions(browser, base, state, Integer.parseInt(args[3]), args[4]);
                default -> throw new IllegalArgumentException("unknown step " + command);
            }
        }
    }

    static void completeTask(Browser browser, String base, Path state) throws Exception {
        String summary = "Container check " + System.currentTimeMillis() + ": the hearing loop at reception";
        String acknowledgement = "Thank you. We will ask the practice manager to check the hearing loop.";

        BrowserContext repBrowser = context(browser, base, null);
        Page rep = signIn(repBrowser, PPG_REP, state, "rep");
        step(state, rep, "send-feedback", () -> {
            rep.navigate("/feedback/new");
            choose(rep, "field-ppgId", "Market Harborough Medical Centre PPG");
            choose(rep, "field-theme", "Buildings and access");
            fill(rep.locator("#field-summary input"), summary);
            fill(rep.locator("#field-patientsSaid textarea"), "Members with hearing aids could not hear reception.");
            rep.locator("#send-feedback").click();
            rep.waitForURL(FEEDBACK_PAGE);
        });
        Matcher address = FEEDBACK_PAGE.matcher(rep.url());
        if (!address.matches()) {
            throw new IllegalStateException("no feedback page after sending: " + rep.url());
        }
        String feedbackId = address.group(1);
        repBrowser.close();

        BrowserContext leadBrowser = context(browser, base, null);
        Page lead = signIn(leadBrowser, LEAD, state, "lead");
        step(state, lead, "acknowledge", () -> {
            lead.navigate("/tasks");
            lead.locator("#tab-teams").click();
            Locator row = lead.locator("#task-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(summary)).first();
            row.click();
            lead.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
            lead.locator("#claim-task").click();
            assertThat(lead.locator("#unclaim-task")).isVisible();
            fill(lead.locator("#field-acknowledgement textarea"), acknowledgement);
            lead.locator("#submit-task").click();
            lead.waitForURL(Pattern.compile(".*/tasks$"));
            lead.navigate("/feedback/" + feedbackId);
            assertThat(lead.locator("#record-timeline")).containsText("Acknowledged");
        });
        leadBrowser.storageState(new BrowserContext.StorageStateOptions().setPath(state.resolve("lead.json")));
        Files.writeString(state.resolve("feedback-id"), feedbackId);
        Files.writeString(state.resolve("acknowledgement"), acknowledgement);
        System.out.println("feedback=" + feedbackId + " acknowledged by " + LEAD);
        System.out.println("node=" + node(leadBrowser));
        leadBrowser.close();
    }

    /** The lead's browser as the last step left it (its cookies), and what it acknowledged. */
    record ReturningLead(BrowserContext browser, Page page, String node, String feedbackId, String acknowledgement) {

        static ReturningLead from(Browser browser, String base, Path state) throws Exception {
            BrowserContext context = context(browser, base, state.resolve("lead.json"));
            return new ReturningLead(context, context.newPage(), StackJourney.node(context),
                    Files.readString(state.resolve("feedback-id")).strip(),
                    Files.readString(state.resolve("acknowledgement")).strip());
        }
    }

    static void signInAgain(Browser browser, String base, Path state) throws Exception {
        ReturningLead returning = ReturningLead.from(browser, base, state);
        BrowserContext leadBrowser = returning.browser();
        Page lead = returning.page();
        String before = returning.node();
        String feedbackId = returning.feedbackId();
        String acknowledgement = returning.acknowledgement();
        step(state, lead, "asked-to-sign-in-again", () -> {
            lead.navigate("/feedback/" + feedbackId);
            lead.waitForURL(url -> url.contains("/login"));
        });
        step(state, lead, "sign-in-again", () -> {
            fill(lead.locator("input[name=username]"), LEAD);
            fill(lead.locator("input[name=password]"), PASSWORD);
            lead.locator("input[name=password]").press("Enter");
            lead.waitForURL(url -> !url.contains("/login"));
            lead.navigate("/feedback/" + feedbackId);
            assertThat(lead.locator("#record-timeline")).containsText("Acknowledged");
            assertThat(lead.getByText(acknowledgement).first()).isVisible();
        });
        String after = node(leadBrowser);
        if (after.equals(before)) {
            throw new IllegalStateException("still on " + before + "; the proxy did not move the browser");
        }
        System.out.println("was on " + before + ", asked to sign in again, acknowledgement of feedback " + feedbackId
                + " still there");
        System.out.println("node=" + after);
        leadBrowser.storageState(new BrowserContext.StorageStateOptions().setPath(state.resolve("lead.json")));
        leadBrowser.close();
    }

    static void stillSignedIn(Browser browser, String base, Path state) throws Exception {
        ReturningLead returning = ReturningLead.from(browser, base, state);
        Page lead = returning.page();
        step(state, lead, "still-signed-in", () -> {
            lead.navigate("/tasks");
            if (lead.url().contains("/login")) { // the sign-in redirect is an HTTP redirect: navigate has followed it
                throw new IllegalStateException("asked to sign in again");
            }
            lead.locator("#task-grid").waitFor();
            lead.navigate("/feedback/" + returning.feedbackId());
            assertThat(lead.locator("#record-timeline")).containsText("Acknowledged");
            assertThat(lead.getByText(returning.acknowledgement()).first()).isVisible();
        });
        String after = node(returning.browser());
        if (!after.equals(returning.node())) {
            throw new IllegalStateException("moved from " + returning.node() + " to " + after);
        }
        System.out.println("still signed in on " + after + " (its session outlived the database restart); task list "
                + "and the acknowledgement of feedback " + returning.feedbackId() + " read from the database again");
        System.out.println("node=" + after);
        returning.browser().close();
    }

    static void sessions(Browser browser, String base, Path state, int count, String pid) throws Exception {
        long before = heapAfterGc(pid);
        List<BrowserContext> open = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            BrowserContext person = context(browser, base, null);
            open.add(person);
            Page page = signIn(person, i % 2 == 0 ? LEAD : PPG_REP, state, "session-" + i);
            page.navigate("/tasks");
            page.locator("vaadin-grid").first().waitFor();
            page.navigate("/feedback");
            page.locator("vaadin-grid").first().waitFor();
        }
        long after = heapAfterGc(pid);
        System.out.printf("heap after GC: %d KB before, %d KB with %d sessions: %d KB per session%n",
                before, after, count, (after - before) / count);
        for (BrowserContext person : open) {
            person.close();
        }
    }

    /**
     * Used heap in KB just after a full collection of the JVM with this pid (jcmd): the sum of the "used" figures of
     * the heap summary, one line with G1, one per generation with the serial collector (which the JVM picks by itself
     * in a container of under 1792 MB).
     */
    static long heapAfterGc(String pid) throws Exception {
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        long sum = 0;
        boolean found = false;
        while (used.find()) {
            sum += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("no heap summary from jcmd: " + info);
        }
        return sum;
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    static BrowserContext context(Browser browser, String base, Path storageState) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(base).setViewportSize(1280, 900).setLocale("en-GB");
        if (storageState != null) {
            options.setStorageStatePath(storageState);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(120_000); // generous: the check runs on small, busy machines
        return context;
    }

    static Page signIn(BrowserContext context, String email, Path state, String who) throws Exception {
        Page page = context.newPage();
        step(state, page, "sign-in-" + who, () -> {
            page.navigate("/login");
            fill(page.locator("input[name=username]"), email);
            fill(page.locator("input[name=password]"), PASSWORD);
            page.locator("input[name=password]").press("Enter");
            page.waitForURL(url -> !url.contains("/login"));
        });
        return page;
    }

    /** The node HAProxy pinned this browser to: its SERVERID cookie. */
    static String node(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("SERVERID")).map(c -> c.value)
                .findFirst().orElse("none");
    }

    /** Runs one step; on failure leaves a screenshot named after it and says which step failed. */
    static void step(Path state, Page page, String name, Runnable action) throws Exception {
        try {
            action.run();
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(state.resolve("failed-" + name + ".png"))
                    .setFullPage(true));
            throw new IllegalStateException("step '" + name + "' failed at " + page.url() + ": " + e.getMessage(), e);
        }
    }

    static void choose(Page page, String fieldId, String label) {
        Locator input = page.locator("#" + fieldId + " input");
        input.click();
        input.fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    /** Types into a field and leaves it, which is when Vaadin sends the value to the server. */
    static void fill(Locator field, String text) {
        field.fill(text);
        field.press("Tab");
    }
}
