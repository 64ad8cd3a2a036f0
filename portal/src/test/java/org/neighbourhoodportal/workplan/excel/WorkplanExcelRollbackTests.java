package org.neighbourhoodportal.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * An import is one transaction: when saving fails part-way, what was saved before the failure is undone too. (The
 * same application context as the feedback transaction tests, which spy on the work plan service the same way.)
 */
@PortalTest
class WorkplanExcelRollbackTests {

    @Autowired RunAs runAs;
    @Autowired WorkplanExcelService excel;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    /** The real service, until a test makes it fail. */
    @MockitoSpyBean ActionRiskService actionRiskService;

    @Test
    void when_saving_fails_part_way_nothing_from_the_file_is_saved() {
        ExcelFixture fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        long planId = fixture.freshPlan();
        PriorityRow falls = fixture.priority(planId, "Falls prevention at home");
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Workbooks.set(workbook.getSheet("Priorities"), falls.id(), "Status (RAG)", "Blue");
            Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "% complete", 50);
            Workbooks.append(workbook.getSheet("Actions"), "Priority ID", falls.id(), "Action", "Added, then undone",
                    "Status", "Not started", "Due", LocalDate.of(falls.startsOn().getYear(), 7, 1));
        });
        ImportPreview preview = fixture.preview(planId, edited);
        assertThat(preview.changes()).hasSize(2);
        assertThat(preview.additions()).hasSize(1);
        // the priority and the changed action are saved first; the new action is last: it is saved, then the
        // database fails, so its absence afterwards shows the rollback and not a row that was never written
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("The database went away");
        }).when(actionRiskService).saveAction(argThat(draft -> draft != null && draft.id() == null));

        assertThatThrownBy(() -> fixture.apply(preview)).hasMessage("The database went away");

        assertThat(fixture.priority(planId, falls.title()).rag()).isEqualTo(Rag.GREEN);
        assertThat(fixture.priority(planId, falls.title()).version()).isEqualTo(falls.version());
        assertThat(fixture.action(planId, cafe.title())).isEqualTo(cafe);
        assertThat(fixture.actions(planId)).extracting(ActionRow::title).doesNotContain("Added, then undone");
        assertThat(runAs.person(LEAD, () -> priorityService.priority(falls.id()).updates())).hasSize(1); // "added" only
    }
}
