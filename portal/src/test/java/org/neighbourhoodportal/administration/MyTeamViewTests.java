package org.neighbourhoodportal.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.support.ViewTest;

/** My team, as the Harborough lead: each organisation's signatory field shows who signs for it now. */
class MyTeamViewTests extends ViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void each_organisations_signatory_field_shows_the_signatory_named_now() {
        signIn.as(LEAD);
        navigate("my-team");

        Grid<MemberOrganisation> members = _get(Grid.class, spec -> spec.withId("member-organisations"));
        int named = 0;
        for (int row = 0; row < GridKt._size(members); row++) {
            MemberOrganisation organisation = GridKt._get(members, row);
            Component actions = GridKt._getCellComponent(members, row, "actions");
            ComboBox<PersonOption> signatory = (ComboBox<PersonOption>) actions.getChildren()
                    .filter(ComboBox.class::isInstance).findFirst().orElseThrow();
            if (organisation.signatoryId() == null) {
                assertThat(signatory.getValue()).as(organisation.name()).isNull();
            } else {
                assertThat(signatory.getValue()).as(organisation.name()).isNotNull();
                assertThat(signatory.getValue().id()).isEqualTo(organisation.signatoryId());
                named++;
            }
        }
        // the demo names a signatory for every represented Harborough organisation
        assertThat(named).isGreaterThan(0);
    }
}
