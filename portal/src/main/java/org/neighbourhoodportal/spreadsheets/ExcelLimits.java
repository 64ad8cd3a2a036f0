package org.neighbourhoodportal.spreadsheets;

/**
 * What the portal takes from an uploaded workbook. Checked before anything is parsed (size, which is
 * {@code portal.uploads.max-file-size}: see {@link org.neighbourhoodportal.uploads.UploadSettings}) or while it is
 * streamed (rows, unpacked size), so a hostile or mistaken file cannot make the portal hold more than this in memory.
 */
public final class ExcelLimits {

    /** Rows read from each sheet, after the heading row. */
    public static final int MAX_ROWS_PER_SHEET = 5_000;

    /** All the workbook's parts together, unpacked, as the zip declares them. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** Any one part (a sheet's XML, the shared strings), counted as it is actually unpacked. */
    public static final long MAX_PART_BYTES = 50L * 1024 * 1024;

    static final int MAX_PARTS = 1_000;

    /** Columns looked at in a sheet; ours have a dozen. */
    static final int MAX_COLUMNS = 100;

    private ExcelLimits() {
    }
}
