package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.maturity.AssessmentDetails;
import org.neighbourhoodportal.maturity.GapToPlanService;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.maturity.MaturityTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/**
 * One maturity self-assessment in the record page shell: the assessment with its chart and domains, the team's trend,
 * where it is now, the domain owners' round, the timeline.
 */
@Route("maturity/:assessmentId([0-9]{1,18})")
@PageTitle("Maturity self-assessment | Neighbourhood Portal")
@PermitAll
class AssessmentView extends RecordPage implements BeforeEnterObserver {

    private final MaturityService maturity;
    private final MaturityTasks tasks;
    private final RoundService rounds;
    private final GapToPlanService gaps;
    private final org.neighbourhoodportal.maturity.MaturityDownloads downloads;

    AssessmentView(MaturityService maturity, MaturityTasks tasks, RoundService rounds, GapToPlanService gaps,
                   org.neighbourhoodportal.maturity.MaturityDownloads downloads) {
        this.downloads = downloads;
        this.gaps = gaps;
        this.maturity = maturity;
        this.tasks = tasks;
        this.rounds = rounds;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "assessmentId", "That assessment does not exist.");
        show(id);
    }

    private void show(long id) {
        AssessmentDetails a = maturity.assessment(id);
        setHeading("Maturity self-assessment", Glossary.spelledOut("INT", "PCN", "ICB"));
        setYourTurn(tasks.yoursOn(id));
        Div record = new Div();
        record.setWidthFull();
        record.add(new AssessmentCard(a,
                row -> new DomainDialog(maturity, a, row, () -> show(id)).open(),
                row -> new CommentDialog(maturity, id, row, () -> show(id)).open()));
        if (a.youLead()) {
            record.add(new GapPanel(gaps, id, gaps.proposals(id), () -> show(id)));
        }
        record.add(new H3("Trend across periods"));
        record.add(new TrendTable(maturity.teamAssessments(a.teamId())));
        setRecord(record);
        setWhereItIsNow(a.waitingOn(), "Nothing is waiting: the assessment is published.");
        com.vaadin.flow.component.html.Anchor word = new com.vaadin.flow.component.html.Anchor(
                (com.vaadin.flow.server.streams.DownloadHandler) event -> {
                    event.setFileName("Maturity self-assessment " + a.teamName() + " " + a.period().replace('/', '-')
                            + ".docx");
                    event.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                    downloads.summary(id, event.getOutputStream());
                }, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "Download a Word summary for a board paper");
        word.setId("download-summary");
        com.vaadin.flow.component.html.Anchor profile = new com.vaadin.flow.component.html.Anchor(
                ProfileView.route(a.teamId()), "How " + a.teamName() + " works");
        profile.setId("team-profile");
        setActions(word, profile);
        setRound(rounds.roundFor(MaturityService.ROUND_KIND, id).map(round -> new RoundPanel(rounds, round))
                .orElse(null));
        setTimeline(a.timeline());
    }
}
