package org.neighbourhoodportal.administration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.neighbourhoodportal.accounts.InvitationService;
import org.neighbourhoodportal.administration.DirectoryImportPlanner.OrganisationStep;
import org.neighbourhoodportal.administration.DirectoryImportPlanner.PersonStep;
import org.neighbourhoodportal.administration.DirectoryImportPlanner.Plan;
import org.neighbourhoodportal.administration.DirectoryImportPlanner.Result;
import org.neighbourhoodportal.administration.DirectoryImportPlanner.State;
import org.neighbourhoodportal.directory.AdminRecords.TeamRow;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryInputException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook;
import org.neighbourhoodportal.spreadsheets.WorkbookReader;
import org.neighbourhoodportal.uploads.UploadSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bringing an INT's organisations and people in from a spreadsheet (issue 9's bulk start), in two steps as the work
 * plan's import: {@link #preview} reads the file with the shared, guarded {@link WorkbookReader} and says what it
 * would add and change, and what is wrong by row, saving nothing; {@link #apply} saves it in one transaction, all or
 * nothing, after planning it again against the directory as it is then. Everything is saved through
 * {@link DirectoryAdministration}, so its rules and checks apply and each change is on the audit trail.
 *
 * <p>Who may call: administrators only (the issue gives bulk start to them; an INT lead adds people one at a time on
 * "My team"). Anyone else gets {@link NotAllowedException}.
 */
@Service
public class DirectoryImportService {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TEMPLATE_NAME = "INT organisations and people.xlsx";

    static final String ADMINISTRATORS_ONLY = "Only administrators can bring organisations and people in from a "
            + "spreadsheet.";
    static final String HAS_PROBLEMS = "Some rows need fixing, so nothing was saved. Fix them in the spreadsheet and "
            + "upload it again.";
    static final String STALE = "The directory changed after this preview was made, so nothing was saved. Upload the "
            + "file again to see what it would do now.";

    private static final Logger log = LoggerFactory.getLogger(DirectoryImportService.class);

    private final DirectoryAdministration administration;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final UploadSettings uploads;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    DirectoryImportService(DirectoryAdministration administration, InvitationService invitations,
                           CurrentUser currentUser, UploadSettings uploads, PlatformTransactionManager transactions) {
        this.administration = administration;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.uploads = uploads;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Writes the empty template: an Organisations sheet and a People sheet with their headings and drop-down lists,
     * and a sheet that explains the columns. Administrators only.
     *
     * @throws NotAllowedException for anyone else
     */
    public void template(OutputStream out) throws IOException {
        requireAdministrator();
        DirectoryWorkbook.writeTemplate(out);
    }

    /**
     * Reads a filled-in template and says what it would do to the INT; saves nothing. The file is refused past
     * {@link UploadSettings#maxFileBytes()} before any of it is parsed, and read with the shared reader's guards
     * (zip bombs, huge sheets, files that are not workbooks). Administrators only.
     *
     * @throws ExcelImportException when the file as a whole cannot be used (not a workbook, a sheet or column
     *                              missing, too large), with a message to show
     * @throws NotAllowedException  for anyone but an administrator
     * @throws NoSuchElementException when the INT does not exist
     */
    public DirectoryImportPreview preview(long teamId, String fileName, InputStream content) {
        requireAdministrator();
        return WorkbookReader.fromUpload(content, uploads.maxFileBytes(), tooLarge(), file -> {
            ReadWorkbook workbook = WorkbookReader.read(file, DirectoryImportPlanner.sheets(),
                    DirectoryWorkbook.KEEP_SHEETS);
            return reading.execute(status -> DirectoryImportPlanner.plan(state(teamId, workbook), fileName, workbook))
                    .preview();
        });
    }

    /**
     * Saves what the preview showed, in one transaction: every organisation, person, membership, role and signatory,
     * or none. The file's rows are planned again against the directory as it is now; if that differs from the
     * preview, nothing is saved. With {@code inviteNewPeople}, each person the file adds is sent an invitation to set
     * their password, in the same transaction (the e-mails leave after it commits). Administrators only.
     *
     * @return how many things were saved and people invited, in words
     * @throws ExcelImportException when the preview had problems, the directory changed since, or a save was refused
     * @throws NotAllowedException  for anyone but an administrator
     */
    public String apply(DirectoryImportPreview preview, boolean inviteNewPeople) {
        requireAdministrator();
        if (preview.hasProblems()) {
            throw new ExcelImportException(HAS_PROBLEMS);
        }
        if (preview.lines().isEmpty()) {
            return "Nothing needed saving.";
        }
        try {
            int[] invited = new int[1];
            writing.executeWithoutResult(status -> {
                Result now = DirectoryImportPlanner.plan(state(preview.teamId(), preview.workbook), preview.fileName(),
                        preview.workbook);
                if (now.preview().hasProblems() || !now.preview().lines().equals(preview.lines())) {
                    throw new ExcelImportException(STALE);
                }
                invited[0] = carryOut(preview.teamId(), now.plan(), inviteNewPeople);
            });
            log.info("Directory import into team {}: {} things from {}", preview.teamId(), preview.lines().size(),
                    preview.fileName());
            return "Saved " + DirectoryImportPreview.count(preview.lines().size(), "thing", "things") + " in "
                    + preview.teamName() + "." + (invited[0] == 0 ? "" : " "
                    + DirectoryImportPreview.count(invited[0], "person has", "people have") + " been sent an "
                    + "invitation by e-mail.");
        } catch (DirectoryInputException e) {
            throw new ExcelImportException("Nothing was saved. " + e.getMessage(), e);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ExcelImportException(STALE, e);
        }
    }

    /**
     * The words for a file over the limit, whether the browser or the portal notices. For anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public String tooLarge() {
        currentUser.require();
        return "The file is larger than " + uploads.describeMaxFileSize() + ", the most the portal takes. A list of an "
                + "INT's organisations and people is far smaller than that: check you chose the right file.";
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
     * The largest file the portal takes, in bytes, for the upload component's own check. For anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public long maxFileBytes() {
        currentUser.require();
        return uploads.maxFileBytes();
    }

    private int carryOut(long teamId, Plan plan, boolean invite) {
        Map<String, Long> organisationIds = new HashMap<>();
        for (OrganisationStep o : plan.organisations()) {
            long id = o.save() ? administration.saveOrganisation(o.id(), o.name(), o.sector(), o.odsCode()) : o.id();
            organisationIds.put(o.key(), id);
            if (o.join()) {
                administration.addMembership(teamId, id);
            }
        }
        List<Long> added = new ArrayList<>();
        for (PersonStep p : plan.people()) {
            Long organisationId = p.organisationKey() != null ? organisationIds.get(p.organisationKey())
                    : p.organisationId();
            long id = p.id() == null || p.save()
                    ? administration.savePerson(p.id(), p.email(), p.name(), p.jobTitle(), organisationId) : p.id();
            if (p.id() == null) {
                added.add(id);
            }
            if (p.role() != null) {
                administration.grantRole(id, p.role(), teamId);
            }
            if (p.signs()) {
                administration.nameSignatory(teamId, organisationId, id);
            }
        }
        if (invite) {
            added.forEach(invitations::invite);
            return added.size();
        }
        return 0;
    }

    private State state(long teamId, ReadWorkbook workbook) {
        TeamRow team = administration.teams().stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("That INT does not exist."));
        return new State(team, administration.organisations(), administration.memberOrganisations(teamId),
                administration.rolesInTeam(teamId),
                administration.peopleByEmail(DirectoryImportPlanner.emails(workbook)));
    }

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) {
            throw new NotAllowedException(ADMINISTRATORS_ONLY);
        }
    }
}
