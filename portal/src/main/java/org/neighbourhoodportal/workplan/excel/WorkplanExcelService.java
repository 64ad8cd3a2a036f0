package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.neighbourhoodportal.spreadsheets.WorkbookReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.uploads.UploadSettings;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.excel.ImportPlanner.PlanState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work plan as an Excel workbook, out and back. Anyone who can read the plan can export it; only the INT lead of
 * the plan's team can bring changes in, and then in two steps: {@link #preview} reads the file and says what it would
 * do, saving nothing; {@link #apply} saves that, all or nothing, after checking the plan has not moved since.
 *
 * <p>Reads and saves go through {@link WorkplanService}, so the same access checks and rules apply as on the plan's
 * pages, and a new status is recorded in the priority's history as it would be there.
 */
@Service
public class WorkplanExcelService {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String LEADS_ONLY = "Only the INT's leads can bring changes in from Excel.";
    static final String HAS_PROBLEMS = "Some rows need fixing, so nothing was saved. Fix them in the workbook and "
            + "upload it again.";
    static final String STALE = "The plan changed after this preview was made, so nothing was saved. Upload the file "
            + "again to see what it would change now.";
    static final String SAVE_RACE = "Someone changed the plan while your changes were being saved, so nothing was "
            + "saved. Upload the file again to see what it would change now.";

    /** Rows SXSSF keeps in memory per sheet; the rest are already on disk. */
    static final int ROWS_IN_MEMORY = 100;

    private static final Logger log = LoggerFactory.getLogger(WorkplanExcelService.class);

    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ActionRiskService actionRiskService;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;
    private final UploadSettings uploads;
    private final CurrentUser currentUser;

    WorkplanExcelService(WorkplanService workplan, PriorityService priorityService,
                         ActionRiskService actionRiskService, PlatformTransactionManager transactions, Clock clock,
                         UploadSettings uploads, CurrentUser currentUser) {
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.actionRiskService = actionRiskService;
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the caller may bring changes in: a lead of the plan's team. */
    public boolean canImport(long planId) {
        return workplan.canEditPlan(planId);
    }

    /** "Harborough INT work plan 2026-27.xlsx". */
    public String fileName(long planId) {
        return workplan.plan(planId).title().replaceAll("[\\\\/:*?\"<>|]", "-").trim() + ".xlsx";
    }

    /**
     * Writes the plan as a workbook. Streams (SXSSF): only {@value #ROWS_IN_MEMORY} rows per sheet are held in memory,
     * the rest go to a compressed temporary file, so memory stays flat however many actions the plan has.
     */
    public void export(long planId, OutputStream out) throws IOException {
        PlanSummary plan = workplan.plan(planId);
        PlanState state = reading.execute(status -> state(planId));
        TeamPeople people = new TeamPeople(state.people());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            new PlanWorkbookWriter(workbook).write(plan, state.priorities(), state.actions(), people.choices(),
                    people.labels(), LocalDate.now(clock));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * Reads an edited workbook and says what it would change; saves nothing. The file is taken up to
     * {@link UploadSettings#maxFileBytes()} and refused past that, in {@link #tooLarge()}'s words, before any of it
     * is parsed.
     *
     * @throws ExcelImportException when the file as a whole cannot be used, with a message to show
     */
    public ImportPreview preview(long planId, String fileName, InputStream content) {
        requireImport(planId);
        return WorkbookReader.fromUpload(content, uploads.maxFileBytes(), tooLarge(), file ->
                ImportPlanner.preview(reading.execute(status -> state(planId)), fileName, ParsedWorkbook.read(file)));
    }

    /**
     * Saves what the preview showed, in one transaction: every row or none. The file's rows are checked again
     * against the plan as it is now; if anything differs from the preview (someone saved a change meanwhile), nothing
     * is saved.
     */
    public ImportResult apply(ImportPreview preview) {
        long planId = preview.planId();
        requireImport(planId);
        if (preview.hasProblems()) {
            throw new ExcelImportException(HAS_PROBLEMS);
        }
        if (!preview.hasChanges()) {
            return new ImportResult(0, 0);
        }
        try {
            ImportResult result = writing.execute(status -> {
                ImportPreview now = ImportPlanner.preview(state(planId), preview.fileName(), preview.workbook);
                if (now.hasProblems() || !now.changes().equals(preview.changes())
                        || !now.additions().equals(preview.additions())) {
                    throw new ExcelImportException(STALE);
                }
                now.priorityDrafts.forEach(priorityService::savePriority);
                now.actionDrafts.forEach(actionRiskService::saveAction);
                return new ImportResult(now.additions().size(), now.changes().size());
            });
            log.info("Work plan {}: {} rows added and {} changed from {}", planId, result.added(), result.changed(),
                    preview.fileName());
            return result;
        } catch (InvalidInputException e) {
            throw new ExcelImportException("Nothing was saved. " + e.getMessage(), e);
        } catch (OptimisticLockingFailureException | StaleRecordException e) {
            throw new ExcelImportException(SAVE_RACE, e);
        }
    }

    /**
     * What a person is told when their file is over the limit, whether the browser or the portal notices: "The file
     * is larger than 10 MB, the most the portal takes. …" For anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public String tooLarge() {
        currentUser.require();
        return "The file is larger than " + uploads.describeMaxFileSize() + ", the most the portal takes. A work plan "
                + "is far smaller than that: check you chose the right file.";
    }

    /**
     * The largest file the portal takes as the pages state it: "10 MB". For anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public String maxFileSize() {
        currentUser.require();
        return uploads.describeMaxFileSize();
    }

    /**
     * The largest file the portal takes, in bytes, for the upload component's own check in the browser. For anyone
     * signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public long maxFileBytes() {
        currentUser.require();
        return uploads.maxFileBytes();
    }

    private void requireImport(long planId) {
        workplan.plan(planId); // the same "does not exist, or no access" as everywhere for a plan one cannot read
        if (!workplan.canEditPlan(planId)) {
            throw new NotAllowedException(LEADS_ONLY);
        }
    }

    private PlanState state(long planId) {
        return new PlanState(planId, priorityService.priorities(planId, PriorityFilter.all()), actionRiskService.actions(planId),
                workplan.people(planId));
    }
}
