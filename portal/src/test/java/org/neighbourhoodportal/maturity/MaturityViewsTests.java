package org.neighbourhoodportal.maturity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_INT1_LEAD;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.ViewTest;

/** The maturity pages as people use them, without a browser. */
class MaturityViewsTests extends ViewTest {

    private static final AtomicInteger PERIODS = new AtomicInteger();

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void a_lead_opens_an_assessment_from_the_page_and_the_owner_records_their_domain_in_a_dialog() {
        signIn.as(LEAD);
        navigate("maturity/new");
        _get(TextField.class, spec -> spec.withLabel("Period")).setValue("View test " + PERIODS.incrementAndGet());
        // the newest version is chosen by default; other tests may have added one, so choose the 2019 matrix
        Select<FrameworkVersion> framework = _get(Select.class, spec -> spec.withLabel("Framework"));
        framework.setValue(framework.getListDataView().getItems()
                .filter(f -> f.code().equals("PCN_MATURITY") && f.version().equals("2019")).findFirst().orElseThrow());
        for (ComboBox owner : _find(ComboBox.class)) { // the lead owns every domain here
            owner.setValue(owner.getListDataView().getItems()
                    .filter(p -> ((org.neighbourhoodportal.directory.PersonOption) p).name().equals("Helen Carter"))
                    .findFirst().orElseThrow());
        }
        _click(_get(Button.class, spec -> spec.withId("open-save")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("maturity/\\d+");

        newTab();
        signIn.as(LEAD);
        navigate(path);
        assertThat(_get(Div.class, spec -> spec.withId("maturity-chart")).getElement().getTextRecursively()).contains("Not recorded yet");
        _click(_find(Button.class, spec -> spec.withCaption("Record this domain")).get(0));
        Select<Stage> now = _get(Select.class, spec -> spec.withLabel("Where the team is now"));
        now.setValue(now.getListDataView().getItem(1));
        Select<Stage> aim = _get(Select.class, spec -> spec.withLabel("Where it aims to be by the next assessment"));
        aim.setValue(aim.getListDataView().getItem(2));
        assertThat(now.getHelperText()).isNotBlank();
        _get(TextArea.class, spec -> spec.withLabel("Evidence")).setValue("Shared care records with the council.");
        _click(_get(Button.class, spec -> spec.withId("domain-save")));

        assertThat(_get(Div.class, spec -> spec.withId("maturity-chart")).getElement().getTextRecursively())
                .contains("Now Step 1, aiming for Step 2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_owner_links_the_ints_closed_loops_and_consultations_in_the_dialog_and_the_page_opens_them() {
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        java.time.Clock clock = context.getBean(java.time.Clock.class);
        MaturityService maturity = context.getBean(MaturityService.class);
        org.neighbourhoodportal.security.RunAs runAs = context.getBean(org.neighbourhoodportal.security.RunAs.class);
        org.neighbourhoodportal.security.CurrentUser me = context.getBean(org.neighbourhoodportal.security.CurrentUser.class);
        long harborough = runAs.person(LEAD, () -> me.require().ledTeams().iterator().next());
        long int1 = runAs.person(THURROCK_INT1_LEAD, () -> me.require().ledTeams().iterator().next());
        long loop = MaturityEvidenceTests.feedback(jdbc, clock, harborough, "CLOSED", "View test: benches outside");
        long run = MaturityEvidenceTests.consultation(jdbc, clock, harborough, "OUTCOME_PUBLISHED",
                "View test: Saturday clinics");
        MaturityEvidenceTests.consultation(jdbc, clock, int1, "CLOSED", "View test: another INT's consultation");
        long lead = runAs.person(LEAD, () -> me.require().personId());
        FrameworkVersion matrix = runAs.person(LEAD, () -> maturity.frameworks()).stream()
                .filter(f -> f.code().equals("PCN_MATURITY") && f.version().equals("2019")).findFirst().orElseThrow();
        java.util.Map<Long, Long> owners = new java.util.HashMap<>();
        matrix.domains().forEach(d -> owners.put(d.id(), lead));
        long id = runAs.person(LEAD, () -> maturity.open(new OpenRequest(harborough, matrix.id(),
                "View evidence " + PERIODS.incrementAndGet(), java.time.LocalDate.now(clock).plusWeeks(3), owners)));
        String code = matrix.domains().get(0).code();

        signIn.as(LEAD);
        navigate("maturity/" + id);
        _click(_get(Button.class, spec -> spec.withId("record-" + code)));
        Select<Stage> now = _get(Select.class, spec -> spec.withLabel("Where the team is now"));
        now.setValue(now.getListDataView().getItem(1));
        Select<Stage> aim = _get(Select.class, spec -> spec.withLabel("Where it aims to be by the next assessment"));
        aim.setValue(aim.getListDataView().getItem(1));
        MultiSelectComboBox<Evidence> records = _get(MultiSelectComboBox.class,
                spec -> spec.withId("domain-evidence-links"));
        java.util.List<String> offered = records.getListDataView().getItems().map(Evidence::inWords).toList();
        assertThat(offered).contains("Feedback loop closed: View test: benches outside",
                "Consultation run: View test: Saturday clinics").doesNotContain(
                "Consultation run: View test: another INT's consultation");
        records.setValue(new java.util.HashSet<>(records.getListDataView().getItems()
                .filter(e -> e.recordId() == loop && e.recordKind().equals("feedback")
                        || e.recordId() == run && e.recordKind().equals("consultation")).toList()));
        _click(_get(Button.class, spec -> spec.withId("domain-save")));

        Div links = _get(Div.class, spec -> spec.withId("evidence-links-" + code));
        assertThat(_find(links, Anchor.class)).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Feedback loop closed: View test: benches outside",
                        "feedback/" + loop),
                org.assertj.core.groups.Tuple.tuple("Consultation run: View test: Saturday clinics",
                        "consultations/" + run));
        // opened again, the dialog keeps the links chosen
        _click(_get(Button.class, spec -> spec.withId("record-" + code)));
        MultiSelectComboBox<Evidence> again = _get(MultiSelectComboBox.class,
                spec -> spec.withId("domain-evidence-links"));
        assertThat(again.getValue()).extracting(Evidence::recordId).containsExactlyInAnyOrder(loop, run);
    }

    @Test
    void the_icb_manager_sees_thurrocks_ints_side_by_side_and_not_harborough() {
        signIn.as(ICB_MANAGER);
        navigate("maturity/icb");
        String matrix = _get(Div.class, spec -> spec.withId("icb-matrix")).getElement().getProperty("innerHTML");
        assertThat(matrix).contains("Thurrock INT 1", "Thurrock INT 2", "Thurrock INT 3", "Thurrock INT 4")
                .doesNotContain("Harborough");
        assertThat(matrix.indexOf("Thurrock INT 1")).isLessThan(matrix.indexOf("Thurrock INT 2"));
    }

    @Test
    void only_leads_open_an_assessment_and_only_icb_managers_see_the_icb_view() {
        signIn.as(MEMBER);
        assertThatThrownBy(() -> navigate("maturity/new")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("maturity/icb")).isInstanceOf(MockAccessDeniedException.class);
    }
}
