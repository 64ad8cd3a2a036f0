package org.neighbourhoodportal.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.governance.domain.AgreementRound;
import org.neighbourhoodportal.governance.domain.AgreementRoundRepository;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.rounds.RoundService;
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
    private final RoundService rounds;

    AgreementTasks(WorkflowService workflow, AgreementRoundRepository agreementRounds, RoundTasks roundTasks,
                   RoundService rounds) {
        super(workflow, AgreementProcess.KEY);
        this.agreementRounds = agreementRounds;
        this.roundTasks = roundTasks;
        this.rounds = rounds;
    }

    /**
     * The ToR or MoU a task is about, for the panel beside it on the task page: the lead's steps, or a comment or a
     * signature in one of its rounds that the caller may read. Empty for any other task.
     *
     * @throws org.neighbourhoodportal.security.NotAllowedException when nobody is signed in
     */
    public Optional<Long> agreementOf(WorkItem task) {
        if (isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        return rounds.recordOf(AgreementRounds.COMMENT_KIND, task)
                .or(() -> rounds.recordOf(AgreementRounds.SIGN_KIND, task))
                .flatMap(agreementRounds::findById).map(AgreementRound::getAgreementId);
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
