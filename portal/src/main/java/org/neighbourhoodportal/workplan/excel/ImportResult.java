package org.neighbourhoodportal.workplan.excel;

/** What an applied import saved. */
public record ImportResult(int added, int changed) {

    public String describe() {
        return "Saved " + ImportPreview.count(changed, "change", "changes") + " and "
                + ImportPreview.count(added, "addition", "additions") + ".";
    }
}
