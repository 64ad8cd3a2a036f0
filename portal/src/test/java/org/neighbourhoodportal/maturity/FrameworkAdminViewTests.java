package org.neighbourhoodportal.maturity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** "Maturity frameworks" as an administrator uses it, without a browser. */
@TestPropertySource(properties = "portal.test.context=frameworks")
class FrameworkAdminViewTests extends ViewTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired FrameworkAdministration administration;
    @Autowired RunAs runAs;

    @Test
    void an_administrator_starts_a_framework_fills_it_in_is_told_what_is_missing_and_publishes_it() {
        String code = "VIEW_FW_" + CODES.incrementAndGet();
        signIn.as(ADMINISTRATOR);
        navigate("admin/frameworks");
        assertThat(_find(Paragraph.class, spec -> spec.withId("framework-problem"))).as("no problem shown").isEmpty();
        text("new-code").setValue(code);
        text("new-name").setValue("Local matrix 🌱");
        text("new-version").setValue("2026");
        _get(TextArea.class, spec -> spec.withId("new-source")).setValue("Our ICB, 2026");
        _click(button("new-start"));
        assertThat(path()).matches("admin/frameworks/\\d+");
        assertThat(_get(H3.class, spec -> spec.withId("fw-heading")).getText())
                .isEqualTo("Local matrix 🌱, version 2026 (draft)");

        _click(button("fw-add-stage"));
        _click(button("fw-add-stage"));
        text("stage-0").setValue("Starting");
        text("stage-1").setValue("Established");
        _click(button("fw-add-domain"));
        text("domain-0").setValue("Leadership");
        area("cell-0-0").setValue("Leaders are named 🚀");
        assertThat(area("cell-0-1").getLabel()).isEqualTo("What good looks like at Established");

        _click(button("fw-publish"));
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("framework-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Missing: \"Leadership\" at \"Established\"");
        assertThat(area("cell-0-0").getValue()).as("what was typed stays").isEqualTo("Leaders are named 🚀");
        assertThat(_get(H3.class, spec -> spec.withId("fw-heading")).getText()).endsWith("(draft)");

        area("cell-0-1").setValue("Leaders plan with partners");
        _click(button("fw-publish"));
        assertThat(_get(H3.class, spec -> spec.withId("fw-heading")).getText()).endsWith("(published)");
        assertThat(_find(Button.class, spec -> spec.withId("fw-save"))).isEmpty();
        assertThat(text("domain-0").isReadOnly()).isTrue();
        assertThat(area("cell-0-0").getValue()).isEqualTo("Leaders are named 🚀");

        _click(button("fw-back"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("framework-list")).getElement()
                .getTextRecursively()).contains("Local matrix 🌱", "Version 2026", "Published");
    }

    @Test
    void a_refused_start_is_shown_on_the_page_and_what_was_typed_stays() {
        signIn.as(ADMINISTRATOR);
        navigate("admin/frameworks");
        text("new-code").setValue("PCN_MATURITY");
        text("new-name").setValue("A second matrix");
        text("new-version").setValue("1");
        _click(button("new-start"));
        assertThat(path()).isEqualTo("admin/frameworks");
        assertThat(_get(Paragraph.class, spec -> spec.withId("framework-problem")).getText())
                .contains("already exists");
        assertThat(text("new-name").getValue()).isEqualTo("A second matrix");
    }

    @Test
    void the_second_of_two_tabs_saving_one_draft_is_told_someone_changed_it_and_keeps_its_text() {
        String code = "VIEW_FW_" + CODES.incrementAndGet();
        long id = runAs.person(ADMINISTRATOR, () -> administration.start(code, "Shared", "Source", "1"));
        signIn.as(ADMINISTRATOR);
        navigate("admin/frameworks/" + id);
        text("fw-name").setValue("Changed in the first tab");
        // the same draft saved meanwhile from another screen
        runAs.person(ADMINISTRATOR, () -> administration.save(administration.version(id)));
        _click(button("fw-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("stale-message")).getText())
                .contains("after you opened it, so your changes were not saved");
        assertThat(text("fw-name").getValue()).isEqualTo("Changed in the first tab");
        _click(button("stale-reload"));
        assertThat(text("fw-name").getValue()).isEqualTo("Shared");
        text("fw-name").setValue("Saved after reloading");
        _click(button("fw-save"));
        assertThat(runAs.person(ADMINISTRATOR, () -> administration.version(id)).name())
                .isEqualTo("Saved after reloading");
    }

    @Test
    void a_draft_can_be_discarded_from_its_page_and_a_new_version_started_from_a_published_one() {
        String code = "VIEW_FW_" + CODES.incrementAndGet();
        long id = runAs.person(ADMINISTRATOR, () -> administration.start(code, "Short lived", "Source", "1"));
        signIn.as(ADMINISTRATOR);
        navigate("admin/frameworks/" + id);
        _click(button("fw-discard"));
        assertThat(path()).isEqualTo("admin/frameworks");
        assertThat(runAs.person(ADMINISTRATOR, () -> administration.frameworks()))
                .noneMatch(f -> f.code().equals(code));

        long matrix = runAs.person(ADMINISTRATOR, () -> administration.frameworks()).stream()
                .filter(f -> f.code().equals(MaturityService.DEFAULT_FRAMEWORK)).findFirst().orElseThrow()
                .versions().stream().filter(v -> v.version().equals("2019")).findFirst().orElseThrow().id();
        navigate("admin/frameworks/" + matrix);
        assertThat(text("fw-name").isReadOnly()).isTrue();
        text("fw-new-version").setValue("View copy " + code);
        _click(button("fw-draft-from"));
        assertThat(path()).matches("admin/frameworks/\\d+").isNotEqualTo("admin/frameworks/" + matrix);
        assertThat(_get(H3.class, spec -> spec.withId("fw-heading")).getText()).endsWith("(draft)");
        assertThat(area("cell-4-3").getValue()).isNotBlank();
    }

    @Test
    void only_administrators_open_the_page() {
        signIn.as(LEAD);
        assertThatThrownBy(() -> navigate("admin/frameworks")).isInstanceOf(MockAccessDeniedException.class);
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
