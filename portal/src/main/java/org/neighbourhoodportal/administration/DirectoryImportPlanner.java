package org.neighbourhoodportal.administration;

import static org.neighbourhoodportal.administration.DirectoryWorkbook.ORGANISATIONS;
import static org.neighbourhoodportal.administration.DirectoryWorkbook.PEOPLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neighbourhoodportal.administration.DirectoryWorkbook.OrganisationColumn;
import org.neighbourhoodportal.administration.DirectoryWorkbook.PersonColumn;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.AdminRecords.OrganisationRow;
import org.neighbourhoodportal.directory.AdminRecords.PersonRow;
import org.neighbourhoodportal.directory.AdminRecords.RoleRow;
import org.neighbourhoodportal.directory.AdminRecords.TeamRow;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryRules;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.directory.Sector;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.CellValue;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetRow;
import org.neighbourhoodportal.spreadsheets.RowProblem;
import org.neighbourhoodportal.spreadsheets.SheetColumns;
import org.neighbourhoodportal.spreadsheets.TextMatch;

/**
 * Compares the rows of an uploaded spreadsheet with the directory as it is now and says what saving it would do to
 * the INT: checks every row as {@link DirectoryAdministration} would (required names and addresses, e-mail and ODS
 * code rules, lengths, known sectors and roles, one signatory per organisation who represents it), but reports each
 * problem against its sheet, row and column instead of stopping at the first. Saves nothing: {@link Plan} is what
 * {@link DirectoryImportService#apply} carries out.
 */
final class DirectoryImportPlanner {

    /** The directory as it is now, through the administration service's access-checked reads. */
    record State(TeamRow team, List<OrganisationRow> organisations, List<MemberOrganisation> members,
                 List<RoleRow> teamRoles, List<PersonRow> people) {
    }

    /** An organisation to save: {@code id} null for a new one; {@code key} is how people rows name it. */
    record OrganisationStep(String key, Long id, String name, Sector sector, String odsCode, boolean save,
                            boolean join) {
    }

    /** A person to save ({@code id} null for new), the role to give them, and whether they sign for their organisation. */
    record PersonStep(Long id, String email, String name, String jobTitle, String organisationKey,
                      Long organisationId, boolean save, Role role, boolean signs) {
    }

    record Plan(List<OrganisationStep> organisations, List<PersonStep> people) {
    }

    record Result(DirectoryImportPreview preview, Plan plan) {
    }

    private DirectoryImportPlanner() {
    }

    /** The sheet names the reader looks for. */
    static List<String> sheets() {
        return List.of(ORGANISATIONS, PEOPLE);
    }

    /** The e-mail addresses the People sheet lists, to look those people up. */
    static Set<String> emails(ReadWorkbook workbook) {
        SheetData sheet = workbook.sheet(PEOPLE);
        Map<PersonColumn, Integer> columns = SheetColumns.find(sheet, PersonColumn.values(),
                DirectoryWorkbook.KEEP_HEADINGS);
        Set<String> emails = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            CellValue cell = row.cells().get(columns.get(PersonColumn.EMAIL));
            String text = cell == null ? null : TextMatch.stripEnds(cell.text());
            if (text != null && !text.isEmpty() && emails.size() < 10_000) {
                emails.add(text.toLowerCase(Locale.ROOT));
            }
        }
        return emails;
    }

    static Result plan(State state, String fileName, ReadWorkbook workbook) {
        Map<OrganisationColumn, Integer> orgColumns = SheetColumns.find(workbook.sheet(ORGANISATIONS),
                OrganisationColumn.values(), DirectoryWorkbook.KEEP_HEADINGS);
        Map<PersonColumn, Integer> personColumns = SheetColumns.find(workbook.sheet(PEOPLE), PersonColumn.values(),
                DirectoryWorkbook.KEEP_HEADINGS);
        Planning planning = new Planning(state);
        planning.organisations(workbook.sheet(ORGANISATIONS), orgColumns);
        planning.people(workbook.sheet(PEOPLE), personColumns);
        planning.problems.sort((a, b) -> a.sheet().equals(b.sheet()) ? Integer.compare(a.row(), b.row())
                : a.sheet().equals(ORGANISATIONS) ? -1 : 1);
        DirectoryImportPreview preview = new DirectoryImportPreview(state.team().id(), state.team().name(), fileName,
                planning.lines, planning.problems, planning.unchanged, planning.newPeople, workbook);
        return new Result(preview, new Plan(planning.orgSteps, planning.personSteps));
    }

    private static final class Planning {
        private final State state;
        private final List<DirectoryImportPreview.Line> lines = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<OrganisationStep> orgSteps = new ArrayList<>();
        private final List<PersonStep> personSteps = new ArrayList<>();
        private int unchanged;
        private int newPeople;

        private final Map<String, OrganisationRow> existingByName = new HashMap<>();
        private final Map<String, OrganisationRow> existingByCode = new HashMap<>();
        private final Set<Long> memberIds = new HashSet<>();
        /** Organisations of the file by the key people rows use, with their id when they exist already. */
        private final Map<String, OrganisationStep> inFile = new LinkedHashMap<>();
        /** Organisations of the file whose rows have problems, by name, with their row. */
        private final Map<String, Integer> troubled = new HashMap<>();

        Planning(State state) {
            this.state = state;
            state.organisations().forEach(o -> {
                existingByName.put(TextMatch.key(o.name()), o);
                if (o.odsCode() != null) {
                    existingByCode.put(o.odsCode(), o);
                }
            });
            state.members().forEach(m -> memberIds.add(m.organisationId()));
        }

        void organisations(SheetData sheet, Map<OrganisationColumn, Integer> columns) {
            Map<String, Integer> names = new HashMap<>();
            Map<String, Integer> codes = new HashMap<>();
            for (SheetRow sheetRow : sheet.rows()) {
                Cells<OrganisationColumn> row = new Cells<>(ORGANISATIONS, sheetRow, columns, problems);
                if (row.blank(OrganisationColumn.values())) {
                    continue;
                }
                String name = row.required(OrganisationColumn.NAME, "Enter the organisation's name.");
                row.length(OrganisationColumn.NAME, name, DirectoryAdministration.NAME_LENGTH);
                String sectorText = row.required(OrganisationColumn.SECTOR, "Choose the organisation's sector.");
                Sector sector = sectorText == null ? null : sector(sectorText);
                if (sectorText != null && sector == null) {
                    row.problem(OrganisationColumn.SECTOR, "“" + sectorText + "” is not a sector the portal knows. "
                            + "Choose one from the list: " + String.join(", ",
                            java.util.Arrays.stream(Sector.values()).map(Sector::label).toList()) + ".");
                }
                String code = DirectoryRules.odsCode(row.text(OrganisationColumn.ODS_CODE));
                DirectoryRules.odsCodeProblem(code).ifPresent(p -> row.problem(OrganisationColumn.ODS_CODE, p));
                if (name != null) {
                    Integer seen = names.putIfAbsent(TextMatch.key(name), sheetRow.number());
                    if (seen != null) {
                        row.problem(OrganisationColumn.NAME, name + " is also on row " + seen
                                + "; list each organisation once.");
                    }
                }
                if (code != null) {
                    Integer seen = codes.putIfAbsent(code, sheetRow.number());
                    if (seen != null) {
                        row.problem(OrganisationColumn.ODS_CODE, "The ODS code " + code + " is also on row " + seen
                                + "; each organisation has its own.");
                    }
                }
                if (row.hasProblems()) {
                    if (name != null) {
                        troubled.putIfAbsent(TextMatch.key(name), sheetRow.number());
                    }
                    continue;
                }
                OrganisationRow existing = code != null && existingByCode.containsKey(code) ? existingByCode.get(code)
                        : existingByName.get(TextMatch.key(name));
                if (existing == null) {
                    if (existingByName.containsKey(TextMatch.key(name))) {
                        existing = existingByName.get(TextMatch.key(name));
                    }
                }
                if (existing != null && code != null && existing.odsCode() != null
                        && !existing.odsCode().equals(code) && existingByCode.containsKey(code)) {
                    row.problem(OrganisationColumn.ODS_CODE, "Another organisation in the portal, "
                            + existingByCode.get(code).name() + ", has the ODS code " + code + ".");
                    continue;
                }
                if (existing == null && code != null && existingByCode.containsKey(code)) {
                    row.problem(OrganisationColumn.ODS_CODE, "Another organisation in the portal, "
                            + existingByCode.get(code).name() + ", has the ODS code " + code + ".");
                    continue;
                }
                String teamName = state.team().name();
                if (existing == null) {
                    OrganisationStep step = new OrganisationStep(TextMatch.key(name), null, name, sector, code, true,
                            true);
                    orgSteps.add(step);
                    inFile.put(step.key(), step);
                    lines.add(new DirectoryImportPreview.Line(ORGANISATIONS, sheetRow.number(), name, "Add, "
                            + sector.label() + (code == null ? "" : ", ODS code " + code) + ", as a member of "
                            + teamName));
                    continue;
                }
                List<String> changes = new ArrayList<>();
                if (!TextMatch.same(existing.name(), name)) {
                    changes.add("name " + existing.name() + " → " + name);
                }
                if (existing.sector() != sector) {
                    changes.add("sector " + existing.sector().label() + " → " + sector.label());
                }
                String newCode = code == null ? existing.odsCode() : code;
                if (!Objects.equals(existing.odsCode(), newCode)) {
                    changes.add("ODS code " + (existing.odsCode() == null ? "(none)" : existing.odsCode()) + " → "
                            + newCode);
                }
                boolean join = !memberIds.contains(existing.id());
                String finalName = changes.isEmpty() ? existing.name() : name;
                OrganisationStep step = new OrganisationStep(TextMatch.key(name), existing.id(), finalName, sector,
                        newCode, !changes.isEmpty(), join);
                orgSteps.add(step);
                inFile.put(step.key(), step);
                inFile.putIfAbsent(TextMatch.key(existing.name()), step);
                if (changes.isEmpty() && !join) {
                    unchanged++;
                    continue;
                }
                List<String> what = new ArrayList<>();
                if (!changes.isEmpty()) {
                    what.add("Change " + String.join(", ", changes));
                }
                if (join) {
                    what.add((changes.isEmpty() ? "Already in the portal: make" : "make") + " it a member of "
                            + teamName);
                }
                lines.add(new DirectoryImportPreview.Line(ORGANISATIONS, sheetRow.number(), existing.name(),
                        String.join("; ", what)));
            }
        }

        void people(SheetData sheet, Map<PersonColumn, Integer> columns) {
            Map<String, PersonRow> existingByEmail = new HashMap<>();
            state.people().forEach(p -> existingByEmail.put(p.email().toLowerCase(Locale.ROOT), p));
            Map<Long, List<Role>> held = new HashMap<>();
            state.teamRoles().forEach(r -> {
                if (r.scopeId() != null && r.scopeId() == state.team().id()
                        && (r.role() == Role.INT_LEAD || r.role() == Role.MEMBER)) {
                    held.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r.role());
                }
            });
            Map<Long, Long> signatoryOf = new HashMap<>();
            state.members().forEach(m -> {
                if (m.signatoryId() != null) {
                    signatoryOf.put(m.organisationId(), m.signatoryId());
                }
            });
            Map<String, Integer> emails = new HashMap<>();
            Map<String, Integer> signers = new HashMap<>();
            for (SheetRow sheetRow : sheet.rows()) {
                Cells<PersonColumn> row = new Cells<>(PEOPLE, sheetRow, columns, problems);
                if (row.blank(PersonColumn.values())) {
                    continue;
                }
                String email = row.required(PersonColumn.EMAIL, "Enter the person's e-mail address.");
                if (email != null) {
                    DirectoryRules.emailProblem(email).ifPresent(p -> row.problem(PersonColumn.EMAIL,
                            "“" + email + "” is not an e-mail address. " + p));
                    Integer seen = emails.putIfAbsent(email.toLowerCase(Locale.ROOT), sheetRow.number());
                    if (seen != null) {
                        row.problem(PersonColumn.EMAIL, email + " is also on row " + seen + "; list each person "
                                + "once, with an e-mail address of their own.");
                    }
                }
                String name = row.required(PersonColumn.NAME, "Enter the person's name.");
                row.length(PersonColumn.NAME, name, DirectoryAdministration.NAME_LENGTH);
                String job = row.text(PersonColumn.JOB_TITLE);
                row.length(PersonColumn.JOB_TITLE, job, DirectoryAdministration.NAME_LENGTH);
                String organisationName = row.text(PersonColumn.ORGANISATION);
                OrganisationStep ofFile = organisationName == null ? null
                        : inFile.get(TextMatch.key(organisationName));
                OrganisationRow inPortal = organisationName == null || ofFile != null ? null
                        : existingByName.get(TextMatch.key(organisationName));
                Integer troubledRow = organisationName == null ? null : troubled.get(TextMatch.key(organisationName));
                if (organisationName != null && ofFile == null && inPortal == null && troubledRow == null) {
                    row.problem(PersonColumn.ORGANISATION, "There is no organisation called “" + organisationName
                            + "” on the Organisations sheet or in the portal. Add it to the Organisations sheet, or "
                            + "correct the name.");
                }
                String roleText = row.text(PersonColumn.ROLE);
                Role role = roleText == null ? null : role(roleText);
                if (roleText != null && role == null) {
                    row.problem(PersonColumn.ROLE, "“" + roleText + "” is not a role in an INT. Choose "
                            + DirectoryWorkbook.LEAD + " or " + DirectoryWorkbook.MEMBER + ", or leave it empty.");
                }
                String signsText = row.text(PersonColumn.SIGNATORY);
                Boolean signs = signsText == null ? Boolean.FALSE : yesNo(signsText);
                if (signs == null) {
                    row.problem(PersonColumn.SIGNATORY, "“" + signsText + "” is not Yes or No.");
                    signs = false;
                }
                PersonRow existing = email == null ? null : existingByEmail.get(email.toLowerCase(Locale.ROOT));
                Long orgId;
                if (ofFile != null) {
                    orgId = ofFile.id();
                } else if (inPortal != null) {
                    orgId = inPortal.id();
                } else {
                    orgId = existing == null ? null : existing.organisationId();
                }
                String orgKey = ofFile != null ? ofFile.key() : null;
                Long knownId = orgId;
                boolean orgInTeam = ofFile != null || troubledRow != null || (orgId != null && (memberIds.contains(orgId)
                        || inFile.values().stream().anyMatch(o -> knownId.equals(o.id()))));
                String orgLabel = ofFile != null ? ofFile.name() : inPortal != null ? inPortal.name()
                        : troubledRow != null ? organisationName
                        : existing != null ? existing.organisationName() : null;
                if (role == Role.MEMBER && organisationName == null && orgLabel == null) {
                    row.problem(PersonColumn.ORGANISATION, "A member represents their organisation in the INT: say "
                            + "which organisation they work for.");
                } else if (role == Role.MEMBER && orgLabel != null && !orgInTeam) {
                    row.problem(PersonColumn.ORGANISATION, orgLabel + " is not a member of " + state.team().name()
                            + ". Add it to the Organisations sheet so that it joins.");
                }
                if (signs) {
                    if (role == null) {
                        row.problem(PersonColumn.SIGNATORY, "The person who signs for an organisation needs a role "
                                + "in the INT: choose " + DirectoryWorkbook.MEMBER + " or " + DirectoryWorkbook.LEAD
                                + ".");
                    } else if (orgLabel == null) {
                        row.problem(PersonColumn.SIGNATORY, "Say which organisation they sign for in the "
                                + "Organisation column.");
                    } else if (!orgInTeam) {
                        row.problem(PersonColumn.SIGNATORY, orgLabel + " is not a member of " + state.team().name()
                                + ", so nobody signs for it there. Add it to the Organisations sheet.");
                    } else {
                        Integer seen = signers.putIfAbsent(TextMatch.key(orgLabel), sheetRow.number());
                        if (seen != null) {
                            row.problem(PersonColumn.SIGNATORY, "Row " + seen + " names someone else to sign for "
                                    + orgLabel + "; an organisation has one signatory.");
                        }
                    }
                }
                if (existing != null && !existing.active()) {
                    row.problem(PersonColumn.EMAIL, existing.displayName() + "'s account is switched off. Switch it "
                            + "on in the directory first, or take the row out.");
                }
                if (row.hasProblems()) {
                    continue;
                }
                if (existing == null) {
                    newPeople++;
                    personSteps.add(new PersonStep(null, email, name, job, orgKey, orgId, true, role, signs));
                    lines.add(new DirectoryImportPreview.Line(PEOPLE, sheetRow.number(), name + " <" + email + ">",
                            "Add" + (job == null ? "" : ", " + job) + (orgLabel == null ? "" : ", of " + orgLabel)
                                    + (role == null ? "" : ", as " + role.label() + " of " + state.team().name())
                                    + (signs ? ", signing for " + orgLabel : "")));
                    continue;
                }
                List<String> what = new ArrayList<>();
                if (!Objects.equals(existing.displayName(), name)) {
                    what.add("name " + existing.displayName() + " → " + name);
                }
                String newJob = job == null ? existing.jobTitle() : job;
                if (!Objects.equals(existing.jobTitle(), newJob)) {
                    what.add("job title " + show(existing.jobTitle()) + " → " + newJob);
                }
                boolean orgChanges = orgLabel != null && (orgKey != null && orgId == null
                        || !Objects.equals(existing.organisationId(), orgId));
                if (orgChanges) {
                    what.add("organisation " + show(existing.organisationName()) + " → " + orgLabel);
                }
                boolean save = !what.isEmpty();
                List<String> steps = new ArrayList<>();
                if (save) {
                    steps.add("Change " + String.join(", ", what));
                }
                List<Role> has = held.getOrDefault(existing.id(), List.of());
                Role grant = role != null && !has.contains(role) ? role : null;
                if (grant != null) {
                    steps.add("make " + grant.label() + " of " + state.team().name());
                }
                boolean sign = signs && (orgId == null || !Objects.equals(signatoryOf.get(orgId), existing.id()));
                if (sign) {
                    steps.add("sign for " + orgLabel);
                }
                if (steps.isEmpty()) {
                    unchanged++;
                    continue;
                }
                personSteps.add(new PersonStep(existing.id(), email, name, newJob, orgKey, orgId, save, grant, sign));
                String first = steps.get(0);
                steps.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
                lines.add(new DirectoryImportPreview.Line(PEOPLE, sheetRow.number(), existing.displayName() + " <"
                        + existing.email() + ">", String.join("; ", steps)));
            }
        }

        private static String show(String text) {
            return text == null ? "(none)" : text;
        }
    }

    /** "General practice", "general practice" or "GENERAL_PRACTICE". */
    static Sector sector(String text) {
        String wanted = simplify(text);
        for (Sector sector : Sector.values()) {
            if (wanted.equals(simplify(sector.label())) || wanted.equals(simplify(sector.name()))) {
                return sector;
            }
        }
        return null;
    }

    /** "INT lead", "Lead", "Member". */
    static Role role(String text) {
        String wanted = simplify(text);
        if (wanted.equals(simplify(DirectoryWorkbook.LEAD)) || wanted.equals("lead") || wanted.equals("int_lead")) {
            return Role.INT_LEAD;
        }
        if (wanted.equals(simplify(DirectoryWorkbook.MEMBER))) {
            return Role.MEMBER;
        }
        return null;
    }

    static Boolean yesNo(String text) {
        return switch (simplify(text)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> null;
        };
    }

    private static String simplify(String text) {
        return TextMatch.key(text).replaceAll("[_\u2010-\u2015-]+", " ").replaceAll(" {2,}", " ").trim();
    }

    /** One row's cells as text, with each problem noted against its sheet, row and column. */
    private static final class Cells<C extends Enum<C> & SheetColumns.Column> {
        private final String sheet;
        private final SheetRow row;
        private final Map<C, Integer> columns;
        private final List<RowProblem> problems;
        private boolean problem;

        Cells(String sheet, SheetRow row, Map<C, Integer> columns, List<RowProblem> problems) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.problems = problems;
        }

        boolean blank(C[] all) {
            for (C column : all) {
                if (text(column, false) != null) {
                    return false;
                }
            }
            return true;
        }

        boolean hasProblems() {
            return problem;
        }

        void problem(C column, String message) {
            problem = true;
            problems.add(new RowProblem(sheet, row.number(), column.heading(), message));
        }

        String text(C column) {
            return text(column, true);
        }

        private String text(C column, boolean report) {
            Integer index = columns.get(column);
            CellValue cell = index == null ? null : row.cells().get(index);
            if (cell == null) {
                return null;
            }
            String unusable = cell.unusable(sheet);
            if (unusable != null) {
                if (report) {
                    problem(column, unusable);
                }
                return report ? null : cell.text();
            }
            String text = TextMatch.stripEnds(cell.text().replace("\r\n", "\n").replace('\r', '\n'));
            return text == null || text.isEmpty() ? null : text;
        }

        String required(C column, String message) {
            String text = text(column);
            if (text == null && !problem(column)) {
                problem(column, message);
            }
            return text;
        }

        private boolean problem(C column) {
            return problems.stream().anyMatch(p -> p.row() == row.number() && p.sheet().equals(sheet)
                    && p.column().equals(column.heading()));
        }

        void length(C column, String text, int max) {
            if (text != null && text.length() > max) {
                problem(column, "This is " + text.length() + " characters long; the most is " + max + ".");
            }
        }
    }
}
