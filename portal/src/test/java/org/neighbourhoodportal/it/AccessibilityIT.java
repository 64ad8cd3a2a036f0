package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.DEMO_PASSWORD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.FeedbackFilter;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.2 AA in a real browser, as the Public Sector Bodies Accessibility Regulations require: axe-core on every
 * main view, for every role, failing on any serious or critical violation; a keyboard-only walk through the PPG
 * feedback loop (skip link, rows that open with Enter, focus visible); the security headers Vaadin works under; and
 * screenshots of every main view (as the INT lead and the PPG representative) at a laptop's 1280×800 and a phone's
 * 390 px to look at ({@code
 * target/screenshots/views/}, or {@code -Dportal.screenshots=../docs/images/views} to refresh the docs' copies).
 */
@BrowserTest
class AccessibilityIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final Path VIEWS = Path.of(System.getProperty("portal.screenshots", "target/screenshots/views"));
    /** Whose views are photographed (the others see the same pages with less on them). */
    private static final Set<String> SCREENSHOTS_OF = Set.of(LEAD, PPG_REP);

    @Autowired RunAs runAs;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired CurrentUser currentUser;
    @Autowired LoopDriver loop;
    @Autowired WorkflowService workflow;
    @Autowired FeedbackService feedback;
    @Autowired ProposalService proposals;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired HighlightReportService reports;
    @Autowired org.neighbourhoodportal.attachments.AttachmentService attachments;
    @Autowired org.neighbourhoodportal.maturity.MaturityService maturity;
    @Autowired org.neighbourhoodportal.funding.FundingService funding; // funding bids

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {LEAD, MEMBER, PPG_REP, ICB_MANAGER, ADMINISTRATOR})
    void every_main_view_has_no_serious_or_critical_accessibility_problem_for_this_role(String person)
            throws Exception {
        if (person.equals(PPG_REP)) {
            loop.answered("The baby changing room has no lock");
        }
        // a document on the feedback page, so its documents panel is checked with a list as well as the upload
        attachOnce();
        List<String> addresses = addresses(person);
        Page page = browser.signIn(person);
        List<String> problems = new ArrayList<>();
        for (String address : addresses) {
            open(page, address);
            problems.addAll(violations(page, person, address));
            if (SCREENSHOTS_OF.contains(person)) {
                screenshots(page, person, address);
            }
        }
        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void the_pages_open_to_everyone_have_no_serious_or_critical_accessibility_problem() throws Exception {
        Page page = browser.page();
        List<String> problems = new ArrayList<>();
        // invite (issue 9): forgot password, a set-password link that no longer works, the privacy notice
        for (String address : List.of("login", "glossary", "accessibility", "forgot-password",
                "set-password/" + "A".repeat(43), "privacy")) {
            page.navigate("/" + address);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            problems.addAll(violations(page, "signed out", address));
            screenshots(page, "signed-out", address);
        }
        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
        // the sign-in page starts on screen and its heading is whole, on a phone and a small laptop
        for (int[] size : new int[][] {{390, 844}, {1280, 800}, {1366, 768}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate("/login");
            Locator heading = page.locator("h1");
            assertThat(heading).isVisible();
            Map<?, ?> box = (Map<?, ?>) heading.evaluate("h => { const r = h.getBoundingClientRect();"
                    + " return {top: r.top, left: r.left, right: r.right}; }");
            assertThat(((Number) box.get("top")).doubleValue()).as("heading top at %s", size[0]).isNotNegative();
            assertThat(((Number) box.get("left")).doubleValue()).as("heading left at %s", size[0]).isNotNegative();
            assertThat(((Number) box.get("right")).doubleValue()).as("heading right at %s", size[0])
                    .isLessThanOrEqualTo(size[0]);
        }
    }

    @Test
    void a_ppg_representative_walks_the_feedback_loop_with_the_keyboard_only() {
        String summary = "The waiting room television is too loud";
        long feedbackId = loop.answered(summary);
        Page page = browser.page();
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                blocked.add(m.text());
            }
        });

        // sign in with the keyboard
        page.navigate("/login");
        page.locator("input[name=username]").focus();
        page.keyboard().type(PPG_REP);
        page.keyboard().press("Tab");
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        // the first Tab stop is the skip link, shown when focused; Enter moves focus to the page's content
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();

        // the feedback list: Tab into the grid (its header first, then its rows), Enter opens the focused row
        page.navigate("/feedback");
        tabTo(page, "#feedback-grid");
        page.keyboard().press("Tab");
        assertThat(focusedRow(page, "#feedback-grid")).isNotBlank();
        assertThat(page.locator("#feedback-grid")).hasAttribute("navigating", ""); // the grid's focus ring is on
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/feedback/\\d+$"));

        // the inbox: "Waiting for me", no "Pick up"; the row opens with Enter
        page.navigate("/tasks");
        assertThat(page.locator("#tab-teams")).containsText("Waiting for me");
        assertThat(page.locator("#task-grid").getByText("Pick up")).hasCount(0);
        tabTo(page, "#task-grid");
        page.keyboard().press("Tab");
        for (int down = 0; down < 20 && !focusedRow(page, "#task-grid").contains(summary); down++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
        assertThat(page.locator("#task-title")).hasText(loop.requireTask(PPG_REP, feedbackId).name());
        assertThat(page.locator("#confirm-closes-on")).containsText("Please answer by");

        // answer with the keyboard: the first choice, then the submit button
        tabTo(page, "#field-outcome vaadin-radio-button");
        page.keyboard().press("Space");
        tabTo(page, "#submit-task");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/tasks$"));
        assertThat(loop.timeline(PPG_REP, feedbackId)).contains("PPG confirmed it is resolved");
        assertThat(blocked).as("nothing blocked by the Content-Security-Policy").isEmpty();
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_stays_in_a_lax_cookie_out_of_the_address() {
        Page page = browser.page();
        Response response = page.navigate("/login");
        Map<String, String> headers = response.headers();
        assertThat(headers.get("content-security-policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'self'").contains("object-src 'none'");
        assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.get("permissions-policy")).contains("camera=()").contains("geolocation=()");
        assertThat(page.url()).doesNotContain("jsessionid");
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");

        browser.signIn(page, LEAD, null);
        page.navigate("/feedback");
        assertThat(page.url()).doesNotContainIgnoringCase("jsessionid");
        assertThat(page.locator("a[href*=jsessionid]")).hasCount(0);
        Cookie session = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        assertThat(session.sameSite).hasToString("LAX");
        assertThat(session.httpOnly).isTrue();

        Response icon = page.navigate("/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).contains("icon");
    }

    /** The main views this person's menu and records lead to, with a record of each kind they can open. */
    private static boolean attached;

    /** A document on the first feedback every role's list shows, added once. */
    private void attachOnce() {
        if (attached) {
            return;
        }
        runAs.person(LEAD, () -> feedback.list(new FeedbackFilter(null, null, null, null), 0, 1).stream().findFirst()
                .ifPresent(f -> attachments.add(org.neighbourhoodportal.feedback.FeedbackAttachments.RECORD_TYPE, f.id(),
                        null, "Practice reply 📄.pdf", new java.io.ByteArrayInputStream(
                                org.neighbourhoodportal.attachments.SampleFiles.pdf(20_000)))));
        attached = true;
    }

    /**
     * A version of the PCN Maturity Matrix by its label, as administrators list it; "Draft for axe" is started from
     * the 2019 version the first time it is asked for. The caller is an administrator.
     */
    private long frameworkVersion(String label) {
        org.neighbourhoodportal.maturity.FrameworkAdministration frameworks =
                context.getBean(org.neighbourhoodportal.maturity.FrameworkAdministration.class);
        java.util.function.Supplier<java.util.Optional<Long>> find = () -> frameworks.frameworks().stream()
                .filter(f -> f.code().equals("PCN_MATURITY")).flatMap(f -> f.versions().stream())
                .filter(v -> v.version().equals(label)).map(v -> v.id()).findFirst();
        return find.get().orElseGet(() -> frameworks.draftFrom(frameworkVersion("2019"), label));
    }

    private List<String> addresses(String person) {
        return runAs.person(person, () -> {
            AccessProfile me = currentUser.require();
            List<String> list = new ArrayList<>(List.of("", "tasks", "directory", "glossary", "accessibility",
                    "notifications", "notifications/preferences"));
            if (me.administrator()) {
                list.add("failed-work");
                list.add("notifications/outbox");
                list.add("admin/directory"); // directory administration (issue 9)
                list.add("admin/changes");
                list.add("admin/invitations"); // invite (issue 9)
                list.add("admin/personal-data");
                list.add("admin/directory/import"); // bringing an INT in from a spreadsheet (issue 9)
                list.add("admin/frameworks"); // maturity frameworks kept in the browser (issue 11)
                list.add("admin/frameworks/" + frameworkVersion("2019")); // published: read-only, "new version"
                list.add("admin/frameworks/" + frameworkVersion("Draft for axe")); // a draft, every field editable
            }
            if (me.isLead() || me.administrator()) {
                list.add("my-team");
            }
            workflow.openWork(1).stream().findFirst().ifPresent(t -> list.add("tasks/" + t.id()));
            if (me.isPpgRepresentative()) {
                list.add("feedback/new");
            }
            if (!me.teamsInView().isEmpty() || me.isPpgRepresentative()) {
                list.add("feedback");
                feedback.list(new FeedbackFilter(null, null, null, null), 0, 1).stream().findFirst()
                        .ifPresent(f -> list.add("feedback/" + f.id()));
                list.add("proposals");
                proposals.list().stream().findFirst().ifPresent(p -> list.add("proposals/" + p.id()));
            }
            if (!me.teamsInView().isEmpty()) {
                list.add("workplan");
                for (PlanSummary plan : workplan.plans().stream().limit(1).toList()) {
                    list.add("workplan/" + plan.id());
                    priorityService.priorities(plan.id(), PriorityFilter.all()).stream().findFirst()
                            .ifPresent(p -> list.add("workplan/priority/" + p.id()));
                    list.add("workplan/" + plan.id() + "/timeline");
                    list.add("workplan/" + plan.id() + "/coverage");
                    list.add("workplan/" + plan.id() + "/dashboard");
                    if (me.isLead()) {
                        list.add("workplan/" + plan.id() + "/excel");
                    }
                }
                list.add("reports");
                reports.list(0, 1).stream().findFirst().ifPresent(r -> list.add("reports/" + r.id()));
            }
            if (me.isLead()) {
                list.add("proposals/new");
            }
            // --- maturity self-assessments (issue 11): the list, one assessment, opening one, the ICB view ---
            if (!me.teamsInView().isEmpty()) {
                list.add("maturity");
                maturity.list().stream().findFirst().ifPresent(a -> list.add("maturity/" + a.id()));
                if (me.isLead()) {
                    list.add("maturity/new");
                }
                if (me.isIcbManager()) {
                    list.add("maturity/icb");
                }
                // the INT's profile (issue 11): its own people and its ICB's managers
                java.util.stream.Stream.of(me.ledTeams(), me.memberTeams(), me.icbTeams()).flatMap(Set::stream)
                        .findFirst().ifPresent(t -> list.add("maturity/team/" + t + "/profile"));
            }
            // --- consultation (issue 13): the list, each demo consultation's page, its results, the set-up form ---
            if (!me.teamsInView().isEmpty() || me.isPpgRepresentative()) {
                var consultations = context.getBean(org.neighbourhoodportal.consultation.ConsultationService.class);
                list.add("consultations");
                for (var c : consultations.list()) {
                    list.add("consultations/" + c.id());
                    if (consultations.details(c.id()).maySeeResults()) {
                        list.add("consultations/" + c.id() + "/results");
                    }
                }
                if (!consultations.teamsICanConsultFor().isEmpty()) {
                    list.add("consultations/new");
                }
            }
            // --- funding bids ---
            if (!me.teamsInView().isEmpty()) {
                list.add("funding");
                funding.pipeline().stream().findFirst().ifPresent(b -> list.add("funding/" + b.id()));
                // a lost bid tried again: the form starts from the old one
                funding.pipeline().stream().filter(b -> b.stage() == org.neighbourhoodportal.funding.BidStage.LOST)
                        .filter(b -> me.leads(b.teamId())).findFirst()
                        .ifPresent(b -> list.add("funding/" + b.id() + "/reopen"));
            }
            if (me.isLead()) {
                list.add("funding/new");
            }
            // --- governance (issue 12): leadership groups and ToRs, a group's and a ToR's page, starting each ---
            if (!me.teamsInView().isEmpty()) {
                var groups = context.getBean(org.neighbourhoodportal.governance.LeadershipGroupService.class);
                var agreements = context.getBean(org.neighbourhoodportal.governance.AgreementService.class);
                list.add("governance/groups");
                groups.list().stream().findFirst().ifPresent(g -> list.add("governance/groups/" + g.id()));
                list.add("governance/agreements");
                agreements.list().forEach(a -> list.add("governance/agreements/" + a.id()));
                if (me.isLead()) {
                    list.add("governance/groups/new");
                    list.add("governance/agreements/new");
                }
            }
            return list;
        });
    }

    private static void open(Page page, String address) {
        page.navigate("/" + address);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#main-content h2").first()).isVisible();
        assertThat(page.locator("#page-not-found")).hasCount(0);
        assertThat(page.locator("#main-content h2").first()).not().hasText("Not available");
    }

    static List<String> violations(Page page, String person, String address) {
        return Pages.accessibilityProblems(page, person + " /" + address);
    }


    /** The view at a laptop's size, then a phone's, each the height of the whole page. */
    private static void screenshots(Page page, String person, String address) throws Exception {
        Files.createDirectories(VIEWS);
        String name = person.replaceAll("@.*", "").replaceAll("[^a-z0-9]+", "-") + "-"
                + (address.isEmpty() ? "home"
                : address.replaceAll("[0-9a-f]{8}-[0-9a-f-]+|[0-9]+", "n").replaceAll("[^a-z]+", "-"));
        for (int[] size : new int[][] {{BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT},
                {BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(1500); // layouts, grids (cards on a phone) and charts follow the new width
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setPath(VIEWS.resolve(name + "-" + size[0] + ".png")));
        }
        page.setViewportSize(BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);
    }

    /** The text of the grid's focused row (vaadin-grid keeps each cell's content in the light DOM, as _content). */
    private static String focusedRow(Page page, String grid) {
        return String.valueOf(page.locator(grid).evaluate("g => { const f = g.shadowRoot.activeElement;"
                + " if (!f) return ''; const cells = f.localName === 'tr' ? [...f.children] : [f.parentElement"
                + " ? f.parentElement.children : []].flatMap(c => [...c]);"
                + " return cells.map(c => c._content ? c._content.textContent : '').join(' '); }"));
    }

    /** Presses Tab until the focus is inside the element (at most 60 times), as a keyboard user would. */
    private static void tabTo(Page page, String selector) {
        Locator target = page.locator(selector).first();
        for (int i = 0; i < 60; i++) {
            Object inside = target.evaluate("(t) => { let a = document.activeElement;"
                    + " while (a && a.shadowRoot && a.shadowRoot.activeElement) { if (a === t) return true;"
                    + " a = a.shadowRoot.activeElement; }"
                    + " return a === t || t.contains(document.activeElement) || document.activeElement === t; }");
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
