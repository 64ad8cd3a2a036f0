package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.governance.AgreementTasks;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.governance.LeadershipGroupTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/**
 * Above a governance task's form, what it is about: the ToR or MoU being commented on, revised or signed (a signatory
 * reads what they sign), or the leadership group's seats and nominations.
 */
@org.springframework.stereotype.Component
class GroupAndAgreementTaskPanel implements RecordPanelProvider {

    private final AgreementService agreements;
    private final AgreementTasks agreementTasks;
    private final LeadershipGroupService groups;
    private final LeadershipGroupTasks groupTasks;

    GroupAndAgreementTaskPanel(AgreementService agreements, AgreementTasks agreementTasks,
                               LeadershipGroupService groups, LeadershipGroupTasks groupTasks) {
        this.agreements = agreements;
        this.agreementTasks = agreementTasks;
        this.groups = groups;
        this.groupTasks = groupTasks;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        return agreementTasks.agreementOf(task).<Component>map(id -> new AgreementCard(agreements.details(id)))
                .or(() -> groupTasks.groupOf(task).map(id -> new LeadershipGroupCard(groups.details(id))));
    }
}
