package org.neighbourhoodportal.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what, checked in the service and not only on the page: anyone who can read the plan can export it; only
 * the INT lead of the plan's team can bring changes in.
 */
@ExcelTest
class WorkplanExcelAccessTests {

    private static final String NO_PLAN = "That work plan does not exist, or you do not have access to it.";

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    private ExcelFixture fixture;
    private long harborough;

    @BeforeEach
    void fixture() {
        fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        harborough = fixture.harboroughPlan();
    }

    @Test
    void a_member_of_the_team_can_export_the_plan_but_not_bring_changes_in() {
        byte[] exported = fixture.export(MEMBER, harborough);
        assertThat(Workbooks.open(exported).getSheet("Actions").getLastRowNum())
                .isEqualTo(fixture.actions(harborough).size());
        assertThat(runAs.person(MEMBER, () -> excel.canImport(harborough))).isFalse();

        assertThatThrownBy(() -> fixture.preview(MEMBER, harborough, exported))
                .isInstanceOf(NotAllowedException.class).hasMessage(WorkplanExcelService.LEADS_ONLY);
    }

    @Test
    void a_member_cannot_apply_a_preview_the_lead_made() {
        long planId = fixture.freshPlan();
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "Status", "Done"));
        ImportPreview preview = fixture.preview(planId, edited);
        assertThat(preview.canApply()).isTrue();

        assertThatThrownBy(() -> runAs.person(MEMBER, () -> excel.apply(preview)))
                .isInstanceOf(NotAllowedException.class).hasMessage(WorkplanExcelService.LEADS_ONLY);
        assertThat(fixture.action(planId, cafe.title())).isEqualTo(cafe);
    }

    @Test
    void the_lead_of_another_int_can_neither_export_nor_import_the_plan() {
        byte[] exported = fixture.export(LEAD, harborough);

        assertThatThrownBy(() -> fixture.export(THURROCK_LEAD, harborough))
                .isInstanceOf(NotAllowedException.class).hasMessage(NO_PLAN);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> excel.fileName(harborough)))
                .isInstanceOf(NotAllowedException.class).hasMessage(NO_PLAN);
        assertThatThrownBy(() -> fixture.preview(THURROCK_LEAD, harborough, exported))
                .isInstanceOf(NotAllowedException.class).hasMessage(NO_PLAN);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> excel.canImport(harborough)))
                .isInstanceOf(NotAllowedException.class).hasMessage(NO_PLAN);
    }

    @Test
    void a_ppg_representative_cannot_export_the_plan() {
        assertThatThrownBy(() -> fixture.export(PPG_REP, harborough))
                .isInstanceOf(NotAllowedException.class).hasMessage(NO_PLAN);
    }

    @Test
    void an_icb_manager_can_export_the_plans_of_their_icbs_ints_but_not_change_them() {
        long thurrock = runAs.person(THURROCK_LEAD, () -> workplan.plans().get(0).id());
        byte[] exported = fixture.export(ICB_MANAGER, thurrock);
        assertThat(Workbooks.open(exported).getSheet("Priorities").getLastRowNum()).isEqualTo(4);

        assertThatThrownBy(() -> runAs.person(ICB_MANAGER,
                () -> excel.preview(thurrock, "plan.xlsx", new ByteArrayInputStream(exported))))
                .isInstanceOf(NotAllowedException.class).hasMessage(WorkplanExcelService.LEADS_ONLY);
        assertThatThrownBy(() -> fixture.export(ICB_MANAGER, harborough))
                .isInstanceOf(NotAllowedException.class).hasMessage(NO_PLAN);
    }

    @Test
    void nobody_signed_in_can_export() {
        assertThatThrownBy(() -> excel.export(harborough, new ByteArrayOutputStream()))
                .isInstanceOf(NotAllowedException.class);
    }
}
