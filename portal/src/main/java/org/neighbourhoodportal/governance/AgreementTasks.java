package org.neighbourhoodportal.governance;

import java.util.ArrayList;
import java.util.List;
import org.neighbourhoodportal.governance.domain.AgreementRound;
import org.neighbourhoodportal.governance.domain.AgreementRoundRepository;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a ToR or MoU for its page: comments and signatures in its rounds, and the lead's steps. */
@Component
public class AgreementTasks extends RecordTasks {

    private final AgreementRoundRepository agreementRounds;
    private final RoundTasks roundTasks;

    AgreementTasks(WorkflowService workflow, AgreementRoundRepository agreementRounds, RoundTasks roundTasks) {
        super(workflow, AgreementProcess.KEY);
        this.agreementRounds = agreementRounds;
        this.roundTasks = roundTasks;
    }

    /** The signed-in person's open tasks on the agreement. */
    @Override
    public List<WorkItem> yoursOn(long agreementId) {
        List<WorkItem> yours = new ArrayList<>();
        for (AgreementRound round : agreementRounds.findByAgreementIdOrderByIdAsc(agreementId)) {
            yours.addAll(roundTasks.yoursOn(AgreementRounds.SIGNATURES.equals(round.getPurpose())
                    ? AgreementRounds.SIGN_KIND : AgreementRounds.COMMENT_KIND, round.getId()));
        }
        yours.addAll(super.yoursOn(agreementId));
        return yours;
    }
}
