package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.support.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feedback loop's diagram drawn by bpmn-js in Chromium, at a laptop's width and a phone's: the step the record is
 * at now is marked, the labels are drawn at a readable size (never shrunk to fit a phone: the picture scrolls sideways
 * instead, opened at the current step), and the picture is as tall as the drawing.
 *
 * <p>A {@link BrowserTest}: the browser suite's classes share one application.
 */
@BrowserTest
class ProcessDiagramBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    @Autowired LoopDriver loop;

    @Test
    void on_a_laptop_and_a_phone_the_current_step_is_marked_and_drawn_readably() {
        long feedbackId = loop.submitAsPpg("The diagram in a browser");
        for (int width : new int[] {BrowserSuite.LAPTOP_WIDTH, BrowserSuite.PHONE_WIDTH}) {
            Page page = browser.signIn(LEAD, width, width == BrowserSuite.PHONE_WIDTH
                    ? BrowserSuite.PHONE_HEIGHT : BrowserSuite.LAPTOP_HEIGHT);
            page.navigate("/feedback/" + feedbackId);
            page.locator("#show-diagram").click();
            assertThat(page.locator("portal-process-diagram svg[data-element-id]")).isVisible();
            assertThat(page.locator("portal-process-diagram .portal-current-step")).hasCount(1);
            assertThat(page.locator("portal-process-diagram[data-error]")).hasCount(0);

            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) page.evaluate("""
                    () => {
                      const d = document.querySelector('portal-process-diagram');
                      const box = d.getBoundingClientRect();
                      const step = d.querySelector('.portal-current-step').getBoundingClientRect();
                      const label = d.querySelector('.djs-shape[data-element-id="Task_AcknowledgeFeedback"] text tspan');
                      return { width: box.width, height: box.height, page: document.querySelector('#process-diagram')
                                 .getBoundingClientRect().width,
                               stepLeft: step.left - box.left, stepRight: step.right - box.left,
                               fontPx: label ? label.getBoundingClientRect().height : 0,
                               scrolls: d.scrollWidth > d.clientWidth };
                    }""");
            String at = width + " px";
            assertThat(((Number) drawn.get("width")).doubleValue()).as(at + ": as wide as the page's column")
                    .isGreaterThan(((Number) drawn.get("page")).doubleValue() - 4);
            assertThat(((Number) drawn.get("fontPx")).doubleValue()).as(at + ": a label's line is readable")
                    .isGreaterThan(9);
            assertThat(((Number) drawn.get("stepLeft")).doubleValue()).as(at + ": the current step is in view")
                    .isGreaterThanOrEqualTo(0);
            assertThat(((Number) drawn.get("stepRight")).doubleValue()).as(at + ": the current step is in view")
                    .isLessThanOrEqualTo(((Number) drawn.get("width")).doubleValue());
            assertThat(((Number) drawn.get("height")).doubleValue()).as(at + ": no empty band under the drawing")
                    .isLessThan(450);
            if (width == BrowserSuite.PHONE_WIDTH) {
                assertThat(drawn.get("scrolls")).as("a phone scrolls the diagram sideways").isEqualTo(true);
                assertThat(page.locator("portal-process-diagram")).hasAttribute("tabindex", "0");
            }
            browser.shot(page, "record-diagram-" + width + ".png");
        }
    }
}
