package org.neighbourhoodportal.administration;

import java.util.List;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook;
import org.neighbourhoodportal.spreadsheets.RowProblem;

/**
 * What an uploaded spreadsheet would do to an INT, worked out without saving anything: each organisation and person
 * to add or change, with what happens to them, and every row that cannot be used. {@link DirectoryImportService#apply}
 * saves it, all or nothing, once the administrator confirms.
 */
public final class DirectoryImportPreview {

    /** One thing the file would do: "Add Riverside Surgery (General practice) and make it a member of Riverside INT". */
    public record Line(String sheet, int row, String item, String whatHappens) {
    }

    private final long teamId;
    private final String teamName;
    private final String fileName;
    private final List<Line> lines;
    private final List<RowProblem> problems;
    private final int unchanged;
    private final int newPeople;

    // what apply needs: the rows as read, to plan them again against the directory as it is then
    final ReadWorkbook workbook;

    DirectoryImportPreview(long teamId, String teamName, String fileName, List<Line> lines, List<RowProblem> problems,
                           int unchanged, int newPeople, ReadWorkbook workbook) {
        this.teamId = teamId;
        this.teamName = teamName;
        this.fileName = fileName;
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
        this.unchanged = unchanged;
        this.newPeople = newPeople;
        this.workbook = workbook;
    }

    public long teamId() {
        return teamId;
    }

    public String teamName() {
        return teamName;
    }

    public String fileName() {
        return fileName;
    }

    /** What would be added or changed, by sheet and row. */
    public List<Line> lines() {
        return lines;
    }

    /** Rows that cannot be used; any one blocks the whole file. */
    public List<RowProblem> problems() {
        return problems;
    }

    /** Rows that match the directory already. */
    public int unchanged() {
        return unchanged;
    }

    /** People the file adds to the directory (whom "invite them now" would invite). */
    public int newPeople() {
        return newPeople;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether "Apply" makes sense: something to save, and nothing wrong. */
    public boolean canApply() {
        return !lines.isEmpty() && problems.isEmpty();
    }

    /** "2 problems to fix before anything can be saved." / "5 things to add or change, 1 row as it is." */
    public String summary() {
        if (hasProblems()) {
            return count(problems.size(), "problem", "problems") + " to fix before anything can be saved.";
        }
        if (lines.isEmpty()) {
            return "The directory has everything in this file already: there is nothing to change.";
        }
        return count(lines.size(), "thing", "things") + " to add or change in " + teamName + ", "
                + count(unchanged, "row", "rows") + " already as the file has it.";
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
