package org.neighbourhoodportal.maturity;

import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.context.ApplicationContext;

/**
 * Assessments for the access table: Harborough's, with the member owning the data domain, still with the team; and
 * Thurrock SLH's, submitted to the ICB.
 *
 * @param harborough Harborough's assessment
 * @param memberDomain the domain the Harborough member owns
 * @param leadDomain a domain the Harborough lead owns
 * @param thurrock Thurrock SLH's assessment, with the ICB
 */
public record MaturityFixture(long harborough, long memberDomain, long leadDomain, long thurrock, long thurrockTeam,
                              long harboroughTeam, long icb, long framework, long stage, long gapDomain) {

    /** One fixture per application context (each has its own database). */
    private static final Map<ApplicationContext, MaturityFixture> MADE = new java.util.WeakHashMap<>();

    public static synchronized MaturityFixture of(ApplicationContext context) {
        return MADE.computeIfAbsent(context, MaturityFixture::make);
    }

    private static MaturityFixture make(ApplicationContext context) {
        RunAs runAs = context.getBean(RunAs.class);
        MaturityService maturity = context.getBean(MaturityService.class);
        MaturityTasks tasks = context.getBean(MaturityTasks.class);
        WorkflowService workflow = context.getBean(WorkflowService.class);
        CurrentUser me = context.getBean(CurrentUser.class);
        Clock clock = context.getBean(Clock.class);
        FrameworkVersion matrix = runAs.person(LEAD, () -> maturity.frameworks()).stream()
                .filter(f -> f.code().equals(MaturityService.DEFAULT_FRAMEWORK) && f.version().equals("2019"))
                .findFirst().orElseThrow();
        long memberId = runAs.person(MEMBER, () -> me.require().personId());
        long leadId = runAs.person(LEAD, () -> me.require().personId());
        long tomId = runAs.person(THURROCK_LEAD, () -> me.require().personId());
        long harboroughTeam = runAs.person(LEAD, () -> me.require().ledTeams().iterator().next());
        long thurrockTeam = runAs.person(THURROCK_LEAD, () -> me.require().ledTeams().iterator().next());
        long memberDomain = matrix.domains().get(1).id();
        long leadDomain = matrix.domains().get(0).id();
        Map<Long, Long> owners = new HashMap<>();
        matrix.domains().forEach(d -> owners.put(d.id(), d.id() == memberDomain ? memberId : leadId));
        LocalDate closes = LocalDate.now(clock).plusWeeks(3);
        long harborough = runAs.person(LEAD, () -> maturity.open(new OpenRequest(harboroughTeam, matrix.id(),
                "Access table", closes, owners)));
        Map<Long, Long> tom = new HashMap<>();
        matrix.domains().forEach(d -> tom.put(d.id(), tomId));
        long thurrock = runAs.person(THURROCK_LEAD, () -> maturity.open(new OpenRequest(thurrockTeam, matrix.id(),
                "Access table", closes, tom)));
        long stage = matrix.stages().get(1).id();
        long higher = matrix.stages().get(2).id();
        long gapDomain = matrix.domains().get(0).id();
        for (FrameworkVersion.Domain d : matrix.domains()) {
            runAs.person(THURROCK_LEAD, () -> maturity.recordDomain(thurrock, d.id(),
                    new DomainDraft(stage, d.id() == gapDomain ? higher : stage, "Evidence", "Support")));
        }
        for (Map<String, Object> values : java.util.List.<Map<String, Object>>of(Map.of(),
                Map.of("moderation", "submit"))) {
            String task = runAs.person(THURROCK_LEAD, () -> tasks.yoursOn(thurrock)).get(0).id();
            runAs.person(THURROCK_LEAD, () -> workflow.complete(task, values));
        }
        long icb = runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER,
                () -> me.require().managedIcbs().iterator().next());
        return new MaturityFixture(harborough, memberDomain, leadDomain, thurrock, thurrockTeam, harboroughTeam, icb,
                matrix.id(), stage, gapDomain);
    }
}
