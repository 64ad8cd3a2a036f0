package org.neighbourhoodportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.ReportStartService;
import org.neighbourhoodportal.reporting.MovableClock;
import org.neighbourhoodportal.reporting.ReportRun;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications end to end: real e-mail to a real SMTP server (GreenMail, on a free port of this machine), read back
 * with its subject, recipient and link, and the same notifications under the bell. The outbox sender is run by the
 * test (as the schedule would run it), so each step is seen.
 */
@PortalTest
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = {"portal.notifications.mail-enabled=true",
        "portal.notifications.base-url=https://portal.example.org/",
        "portal.notifications.retry-after=PT1M", "portal.notifications.max-attempts=2",
        "portal.notifications.sender=Neighbourhood Portal <portal@example.org>"})
class NotificationMailTests {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired RunAs runAs;
    @Autowired CurrentUser currentUser;
    @Autowired LoopDriver loop;
    @Autowired NotificationService notifications;
    @Autowired OutboxService outboxService;
    @Autowired OutboxSender sender;
    @Autowired Outbox outbox;
    @Autowired NotificationSettings settings;
    @Autowired ObjectProvider<JavaMailSender> mail;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MovableClock clock;
    @Autowired WorkflowService workflow;
    @Autowired HighlightReportService reports;
    @Autowired ReportStartService reportStarts;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired DirectoryService directory;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired org.neighbourhoodportal.feedback.ProposalService proposals;
    @Autowired org.neighbourhoodportal.feedback.ProposalTasks proposalTasks;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyOutbox() throws Exception {
        clock.reset();
        // what the demo data's tasks and rounds wrote at start-up: more than one batch since the four workflows' demo
        for (int batch = 0; batch < 100 && sender.sendDue() > 0; batch++) {
            // send until nothing is due
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void a_reminder_before_the_deadline_reaches_the_owner_by_email_with_a_link_to_the_task_and_shows_under_their_bell()
            throws Exception {
        ReportRun run = new ReportRun(runAs, workflow, reports, reportStarts, priorityService, directory, runtime, management);
        clock.startOf(MovableClock.demoPlanMonth(5));
        long reportId = run.start(LEAD, HARBOROUGH);
        run.updateAll(LEAD, reportId);
        run.updateAll(MEMBER, reportId);
        List<String> councilTasks = run.updates(COUNCIL_MEMBER, reportId).stream().map(t -> t.id()).toList();
        assertThat(councilTasks).isNotEmpty();
        smtp.purgeEmailFromAllMailboxes();
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes(); // the "new task" e-mails of the report's start

        fireReminder(reportId);
        assertThat(sender.sendDue()).isPositive();

        MimeMessage reminder = onlyMessageTo(COUNCIL_MEMBER, "Reminder: your update for");
        assertThat(reminder.getFrom()[0].toString()).contains("portal@example.org");
        assertThat(reminder.getSubject()).contains("is due by");
        String body = body(reminder);
        assertThat(body).contains("Give this month's update on");
        assertThat(councilTasks).anyMatch(task -> body.contains("https://portal.example.org/tasks/" + task + "\n"));
        assertThat(messagesTo(LEAD)).as("the lead has updated everything they own").isEmpty();

        // the demo's own notices to the council member are newer than this one (its clock is months back)
        assertThat(runAs.person(COUNCIL_MEMBER, () -> notifications.latest(0, 500)))
                .filteredOn(n -> n.kind() == NotificationKind.DEADLINE_REMINDER
                        && councilTasks.stream().anyMatch(task -> n.route().equals("tasks/" + task))).singleElement()
                .satisfies(n -> {
                    assertThat(n.read()).isFalse();
                    assertThat(councilTasks).anyMatch(task -> n.route().equals("tasks/" + task));
                });
        assertThat(runAs.person(COUNCIL_MEMBER, () -> notifications.unreadCount())).isPositive();
    }

    @Test
    void a_published_response_reaches_the_ppg_representative_by_email_and_shows_under_their_bell() throws Exception {
        long feedbackId = loop.submitAsPpg("Mail test: the phone line");
        loop.completeOk(LEAD, feedbackId, Map.of("acknowledgement", "Thank you, we have it."));
        loop.completeOk(LEAD, feedbackId, Map.of("route", "answer"));
        loop.completeOk(LEAD, feedbackId, Map.of("response", "We changed the phone message."));
        runJobs();

        sender.sendDue();

        MimeMessage response = onlyMessageTo(PPG_REP, "The INT has responded to your feedback");
        assertThat(response.getSubject()).endsWith("Mail test: the phone line");
        assertThat(body(response)).contains("https://portal.example.org/feedback/" + feedbackId)
                .contains("Read the response");
        long unread = runAs.person(PPG_REP, () -> notifications.unreadCount());
        NotificationRow entry = runAs.person(PPG_REP, () -> notifications.latest(0, 50)).stream()
                .filter(n -> n.kind() == NotificationKind.RESPONSE_TO_FEEDBACK
                        && n.route().equals("feedback/" + feedbackId)).findFirst().orElseThrow();

        runAs.person(PPG_REP, () -> notifications.markRead(entry.id()));
        assertThat(runAs.person(PPG_REP, () -> notifications.unreadCount())).isEqualTo(unread - 1);
    }

    @Test
    void the_same_event_raised_twice_sends_one_email_even_with_two_senders_at_once() throws Exception {
        long memberId = personId(MEMBER);
        Notice notice = new Notice(NotificationKind.OVERDUE, "test:twice", Audience.person(memberId),
                "Twice raised", "Do it once.", "tasks");
        raiseAs(LEAD, notice);
        raiseAs(LEAD, notice); // a retried job, or a second node, raising it again
        for (int i = 0; i < 6; i++) {
            raiseAs(LEAD, new Notice(NotificationKind.OVERDUE, "test:many:" + i, Audience.person(memberId),
                    "One of many " + i, "Do it.", "tasks"));
        }

        OutboxSender otherNode = new OutboxSender(outbox, mail, settings, clock);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = nodes.invokeAll(List.<Callable<Integer>>of(sender::sendDue, otherNode::sendDue));
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(7);
        } finally {
            nodes.shutdown();
        }

        assertThat(messagesTo(MEMBER)).hasSize(7);
        assertThat(messagesTo(MEMBER)).filteredOn(m -> subject(m).equals("Twice raised")).hasSize(1);
        assertThat(runAs.person(MEMBER, () -> notifications.latest(0, 100)))
                .filteredOn(n -> n.title().equals("Twice raised")).hasSize(1);
    }

    @Test
    void a_failing_smtp_server_is_retried_with_back_off_then_shown_to_administrators_who_can_send_it_again()
            throws Exception {
        long memberId = personId(MEMBER);
        Instant start = Instant.parse("2031-03-04T10:00:00Z");
        clock.set(start);
        raiseAs(LEAD, new Notice(NotificationKind.OVERDUE, "test:smtp-down", Audience.person(memberId),
                "While the server was down", "Try again.", "tasks"));
        smtp.stop();
        try {
            assertThat(sender.sendDue()).isZero();
            OutboxRow first = row("While the server was down");
            assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.lastError()).isNotBlank();
            assertThat(first.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));

            clock.set(start.plusSeconds(30));
            sender.sendDue();
            assertThat(row("While the server was down").attempts()).as("not tried before the wait").isEqualTo(1);

            clock.set(start.plus(Duration.ofMinutes(1)));
            sender.sendDue();
            OutboxRow gaveUp = row("While the server was down");
            assertThat(gaveUp.status()).as("max-attempts is 2 here").isEqualTo(OutboxStatus.FAILED);
            assertThat(gaveUp.attempts()).isEqualTo(2);
            assertThat(gaveUp.lastError()).isNotBlank();
            assertThat(sender.waitAfter(2)).as("the wait doubles").isEqualTo(Duration.ofMinutes(2));
        } finally {
            startSmtp();
        }

        runAs.person(ADMINISTRATOR, () -> outboxService.sendAgain(row("While the server was down").id()));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row("While the server was down").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(messagesTo(MEMBER)).extracting(NotificationMailTests::subject).contains("While the server was down");
    }

    @Test
    void a_daily_digest_gathers_the_kinds_chosen_for_it_and_portal_only_sends_nothing() throws Exception {
        long councilId = personId(COUNCIL_MEMBER);
        runAs.person(COUNCIL_MEMBER, () -> {
            notifications.choose(NotificationKind.OVERDUE, Delivery.DAILY_DIGEST);
            notifications.choose(NotificationKind.ROUND_CLOSING, Delivery.PORTAL_ONLY);
        });
        raiseAs(LEAD, new Notice(NotificationKind.OVERDUE, "test:digest:1", Audience.person(councilId),
                "Overdue for the digest", "Look at it today.", "feedback/1"));
        raiseAs(LEAD, new Notice(NotificationKind.ROUND_CLOSING, "test:portal-only", Audience.person(councilId),
                "Only under the bell", "Nothing by e-mail.", "proposals/1"));

        sender.sendDue();
        assertThat(messagesTo(COUNCIL_MEMBER)).as("nothing straight away").isEmpty();
        assertThat(runAs.person(COUNCIL_MEMBER, () -> notifications.latest(0, 50))).extracting(NotificationRow::title)
                .contains("Overdue for the digest", "Only under the bell");

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        clock.set(tomorrow.atTime(settings.digestTime().plusMinutes(5)).atZone(clock.getZone()).toInstant());
        assertThat(sender.writeDigests()).isPositive();
        sender.sendDue();

        MimeMessage digest = onlyMessageTo(COUNCIL_MEMBER, "Your daily summary");
        assertThat(body(digest)).contains("Overdue for the digest")
                .contains("https://portal.example.org/feedback/1").doesNotContain("Only under the bell");
        assertThat(sender.writeDigests()).as("one digest a day").isZero();
        List<Preference> chosen = runAs.person(COUNCIL_MEMBER, () -> notifications.preferences());
        assertThat(chosen).filteredOn(p -> p.kind() == NotificationKind.OVERDUE).singleElement()
                .satisfies(p -> assertThat(p.delivery()).isEqualTo(Delivery.DAILY_DIGEST));
    }

    @Test
    void a_ppg_representative_is_never_told_internal_notes_even_when_their_group_is_in_the_audience() throws Exception {
        long teamId = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        long ppgId = runAs.person(PPG_REP, () -> currentUser.require().ppgTeams().keySet().iterator().next());
        raiseAs(LEAD, new Notice(NotificationKind.INTERNAL_NOTE, "test:internal",
                Audience.groups(Set.of(WorkGroups.ppg(ppgId), WorkGroups.teamLeads(teamId))),
                "Internal: routed to the council", "Between the team's members.", "feedback/1"));
        long feedbackId = loop.submitAsPpg("Mail test: routed with a note");
        loop.completeOk(LEAD, feedbackId, Map.of("acknowledgement", "Thank you."));
        loop.completeOk(LEAD, feedbackId, Map.of("route", "refer",
                "referredOrganisationId", loop.organisationId(feedbackId, "Voluntary Action South Leicestershire"),
                "routingNote", "Internal: the council owns the car park."));
        sender.sendDue();

        assertThat(runAs.person(LEAD, () -> notifications.latest(0, 100))).extracting(NotificationRow::title)
                .contains("Internal: routed to the council");
        assertThat(runAs.person(PPG_REP, () -> notifications.latest(0, 100)))
                .noneMatch(n -> n.kind() == NotificationKind.INTERNAL_NOTE)
                .noneMatch(n -> n.body().contains("car park"));
        assertThat(messagesTo(PPG_REP)).noneMatch(m -> body(m).contains("Internal") || body(m).contains("car park"));
        assertThat(runAs.person(PPG_REP, () -> notifications.preferences()))
                .noneMatch(p -> p.kind() == NotificationKind.INTERNAL_NOTE);
    }

    @Test
    void a_round_closing_soon_reaches_only_the_ppg_that_has_not_answered_by_email_and_under_its_bell()
            throws Exception {
        runAs.person(SECOND_PPG_REP, () -> notifications.choose(NotificationKind.ROUND_CLOSING, Delivery.IMMEDIATELY));
        java.util.Map<String, Object> share = new java.util.HashMap<>();
        share.put("teamId", runAs.person(LEAD, () -> proposals.shareFormOptions()
                .get(org.neighbourhoodportal.feedback.ProposalService.TEAM_OPTIONS).get(0).value()));
        share.put("title", "Mail test: Saturday clinic");
        share.put("proposal", "Should the practice open on Saturdays?");
        share.put("closesOn", java.time.LocalDate.now(clock).plusDays(10));
        long proposalId = runAs.person(LEAD, () -> proposals.share(share)).recordId();
        org.neighbourhoodportal.workflow.WorkItem view = runAs.person(PPG_REP, () -> proposalTasks.yoursOn(proposalId))
                .get(0);
        assertThat(runAs.person(PPG_REP, () -> workflow.complete(view.id(), Map.of("view", "support",
                "comments", "Yes please."))).completed()).isTrue();
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes(); // "asked" and "new task" e-mails

        long roundId = runAs.person(LEAD, () -> rounds.roundFor(
                org.neighbourhoodportal.feedback.ProposalService.ROUND_KIND, proposalId)).orElseThrow().id();
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(org.neighbourhoodportal.processes.ResponseRound.KEY)
                .processInstanceBusinessKey(Long.toString(roundId)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId(org.neighbourhoodportal.processes.ResponseRound.TIMER_ROUND_CLOSING_SOON).singleResult()
                .getId());
        assertThat(sender.sendDue()).isPositive();

        MimeMessage closing = onlyMessageTo(SECOND_PPG_REP, "Closing soon");
        assertThat(subject(closing)).endsWith("Proposal: Mail test: Saturday clinic");
        assertThat(body(closing)).contains("https://portal.example.org/proposals/" + proposalId)
                .contains("Please open the task and answer by");
        assertThat(messagesTo(PPG_REP)).as("the PPG that answered is not reminded").isEmpty();
        assertThat(runAs.person(SECOND_PPG_REP, () -> notifications.latest(0, 50)))
                .filteredOn(n -> n.kind() == NotificationKind.ROUND_CLOSING
                        && n.route().equals("proposals/" + proposalId)).singleElement()
                .satisfies(n -> assertThat(n.read()).isFalse());
    }

    // ---- helpers ----

    private void fireReminder(long reportId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyHighlightReport.KEY)
                .processInstanceBusinessKey(Long.toString(reportId)).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance)
                .activityId(MonthlyHighlightReport.TIMER_UPDATE_REMINDER).singleResult();
        assertThat(timer).isNotNull();
        management.executeJob(timer.getId());
    }

    /** Runs the engine's due asynchronous jobs (the job executor is off in tests). */
    private void runJobs() {
        for (int i = 0; i < 5; i++) {
            List<Job> jobs = management.createJobQuery().executable().messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private void raiseAs(String person, Notice notice) {
        runAs.person(person, () -> new TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(notice)));
    }

    private long personId(String email) {
        return runAs.person(email, () -> currentUser.require().personId());
    }

    private OutboxRow row(String subject) {
        return runAs.person(ADMINISTRATOR, () -> outboxService.outbox(0, 500)).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static List<MimeMessage> messagesTo(String email) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                    to.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    private static MimeMessage onlyMessageTo(String email, String subjectStart) {
        List<MimeMessage> matching = messagesTo(email).stream().filter(m -> subject(m).startsWith(subjectStart))
                .toList();
        assertThat(matching).as("e-mails to %s starting \"%s\"", email, subjectStart).hasSize(1);
        return matching.get(0);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as the reader sees it (decoded from quoted-printable or base64). */
    private static String body(MimeMessage m) {
        try {
            return ((String) m.getContent()).replace("\r\n", "\n");
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
