package org.neighbourhoodportal.workplan;

import java.util.List;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.workflow.LinkTargets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The team's work plan priorities, as the choices a form offers for linking a record to one. */
@Component
class PriorityLinkTargets implements LinkTargets {

    static final String VALUES_KEY = "priorities";

    /** Looked up when asked: the feedback feature's service needs these choices and the work plan reads its state. */
    private final ObjectProvider<PriorityService> workplan;

    PriorityLinkTargets(ObjectProvider<PriorityService> workplan) {
        this.workplan = workplan;
    }

    @Override
    public String valuesKey() {
        return VALUES_KEY;
    }

    /** @throws org.neighbourhoodportal.security.NotAllowedException unless the caller works in the team */
    @Override
    public List<Option> forTeam(long teamId) {
        return workplan.getObject().prioritiesOfTeam(teamId).stream()
                .map(p -> new Option(Long.toString(p.id()), p.title())).toList();
    }
}
