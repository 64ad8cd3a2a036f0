package org.neighbourhoodportal.failures;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.ViewTest;

/** Malformed and unknown addresses get the portal's own page, inside the normal layout, never a Java exception. */
class AddressTests extends ViewTest {

    @Test
    void a_feedback_address_with_letters_for_its_number_says_the_feedback_does_not_exist() {
        signIn.as(PPG_REP);
        navigate("feedback/abc");
        assertNotAvailable("That feedback does not exist.");
    }

    @Test
    void a_report_address_with_a_stray_quote_says_the_report_does_not_exist() {
        signIn.as(LEAD);
        navigate("reports/1'");
        assertNotAvailable("That report does not exist.");
    }

    @Test
    void a_feedback_number_too_big_for_any_record_says_the_feedback_does_not_exist() {
        signIn.as(PPG_REP);
        navigate("feedback/99999999999999999999");
        assertNotAvailable("That feedback does not exist.");
    }

    @Test
    void every_detail_page_answers_a_malformed_number_with_the_not_available_page() {
        signIn.as(LEAD);
        for (String[] page : new String[][] {
                {"proposals/x1", "That proposal does not exist."},
                {"workplan/99999999999999999999", "That work plan does not exist."},
                {"workplan/99999999999999999999/dashboard", "That work plan does not exist."},
                {"workplan/99999999999999999999/timeline", "That work plan does not exist."},
                {"workplan/99999999999999999999/coverage", "That work plan does not exist."},
                {"workplan/99999999999999999999/excel", "That work plan does not exist."},
                {"workplan/priority/99999999999999999999", "That priority does not exist."},
                {"reports/-1", "That report does not exist."}}) {
            navigate(page[0]);
            assertThat(_get(H2.class).getText()).as(page[0]).isEqualTo("Not available");
            assertThat(_get(Paragraph.class).getText()).as(page[0]).isEqualTo(page[1]);
        }
    }

    // Unknown addresses ("Page not found" inside the layout) are checked in the real browser, FailuresBrowserIT:
    // under Karibu's mock request, Vaadin's access control sends a not-found route to the sign-in view instead.

    private static void assertNotAvailable(String message) {
        assertThat(_get(H2.class).getText()).isEqualTo("Not available");
        assertThat(_get(Paragraph.class).getText()).isEqualTo(message).doesNotContain("Exception");
        assertThat(_get(SideNav.class).isVisible()).as("the portal's navigation").isTrue();
    }
}
