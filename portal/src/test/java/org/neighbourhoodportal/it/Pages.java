package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The browser tests' one way to pick from Vaadin's lists of choices and to have axe judge a page. Each used to be
 * copied into every browser test; under a loaded build machine the copies differed in how they waited, which is where
 * the flaky failures were. Everything here waits for the page to be at rest: no list of choices open or closing, no
 * notification fading out.
 */
public final class Pages {

    /** The axe impacts a page must not have (WCAG 2.2 AA is the portal's bar; see docs/accessibility.md). */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String OPEN_LISTS = "vaadin-combo-box[opened], vaadin-select[opened], "
            + "vaadin-select-overlay[opened], vaadin-combo-box-overlay[opened], vaadin-date-picker[opened]";
    private static final int ATTEMPTS = 3;

    private Pages() {
    }

    /**
     * Picks {@code label} in the ComboBox with this id as a person would: types it, clicks the first matching choice,
     * and checks the field then shows it (the label, or a longer text holding it).
     */
    public static void choose(Page page, String fieldId, String label) {
        Locator input = page.locator("#" + fieldId + " input");
        for (int attempt = 1; ; attempt++) {
            try {
                input.click();
                input.fill(label);
                page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(label))
                        .first().click(new Locator.ClickOptions().setTimeout(20_000));
                break;
            } catch (PlaywrightException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                input.press("Escape");
            }
        }
        assertThat(input).hasValue(Pattern.compile(literal(label)));
        listsClosed(page);
    }

    /**
     * Picks the choice whose whole text is {@code label} in the Vaadin Select found by {@code selector}: opens it,
     * clicks the item in the list that opened (never one of a list still closing), and checks the Select shows it.
     * A list that did not open or lost the click on a loaded machine is closed and tried again, up to three times.
     */
    public static void select(Page page, String selector, String label) {
        select(page, page.locator(selector), label);
    }

    /** As {@link #select(Page, String, String)}, for a Select already located (say, within one form). */
    public static void select(Page page, Locator select, String label) {
        // only the list that opened (a list still closing may hold the same choices), never the chosen item's copy
        // shown inside the Select itself (id "value-…")
        Locator item = page.locator("vaadin-select[opened] vaadin-select-item:not([id^=value-]), "
                        + "vaadin-select-overlay[opened] vaadin-select-item:not([id^=value-])")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + literal(label) + "\\s*$")));
        for (int attempt = 1; ; attempt++) {
            listsClosed(page);
            try {
                select.locator("vaadin-select-value-button").click();
                item.click(new Locator.ClickOptions().setTimeout(20_000));
                break;
            } catch (PlaywrightException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                page.keyboard().press("Escape");
            }
        }
        assertThat(select.locator("vaadin-select-value-button")).containsText(label);
        listsClosed(page);
    }

    /** Waits until no list of choices is open or still closing (notifications may show). */
    public static void listsClosed(Page page) {
        page.waitForFunction("s => document.querySelectorAll(s).length === 0", OPEN_LISTS,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        page.waitForTimeout(300); // a list's closing animation ends after its [opened] goes
    }

    /**
     * Waits until nothing on the page is moving: no list of choices open or closing, no notification showing (a card
     * fading out is half-transparent, so its contrast is not its own), and the network quiet.
     */
    public static void atRest(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("s => document.querySelectorAll(s).length === 0",
                OPEN_LISTS + ", vaadin-notification-card", new Page.WaitForFunctionOptions().setTimeout(20_000));
        page.waitForTimeout(300); // a list's closing animation ends after its [opened] goes
    }

    /**
     * Gives the page this viewport and waits until every grid that turns into cards on a phone
     * ({@code ui.GridCards}) shows what that width calls for (cards under 640 px, its columns above), then for the
     * page at rest: the server switches the columns after the browser tells it the new width.
     */
    public static void resize(Page page, int width, int height) {
        page.setViewportSize(width, height);
        page.waitForFunction("""
                () => [...document.querySelectorAll('vaadin-grid[portal-card-grid]')]
                    .every(g => g.hasAttribute('portal-cards') === (window.innerWidth < 640))""", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        atRest(page);
    }

    /**
     * The page's serious and critical axe-core findings once it is at rest, each as one line:
     * {@code "<where>: <rule> (<impact>) <help> – <n> element(s): <targets>"}; empty when there are none.
     */
    public static List<String> accessibilityProblems(Page page, String where) {
        atRest(page);
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " – "
                        + rule.getNodes().size() + " element(s): " + rule.getNodes().stream().limit(5)
                        .map(Pages::target).collect(Collectors.joining("; ")));
            }
        }
        return found;
    }

    /** {@code text} as a pattern matching itself: Playwright hands patterns to the browser, which knows no \Q…\E. */
    public static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    private static String target(CheckedNode node) {
        return node.getTarget() + (node.getFailureSummary() == null ? ""
                : " " + node.getFailureSummary().replace('\n', ' '));
    }
}
