package org.neighbourhoodportal.workplan.excel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook;
import org.neighbourhoodportal.spreadsheets.TextMatch;

/** Reading values people type into a workbook, and writing them back the way people read them. */
final class Values {

    static final String BLANK = "(blank)";

    /** Dates typed as text: the portal's own form, the UK's numeric forms, and ISO. Day before month, always. */
    private static final List<DateTimeFormatter> TYPED_DATES = List.of(
            formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("d/M/uuuu"), formatter("d-M-uuuu"),
            formatter("d.M.uuuu"), formatter("uuuu-M-d"), formatter("d MMM uu"), formatter("d/M/uu"));

    /** A plain number in a date column is taken for a date only if it falls in these years. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private Values() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    static String day(LocalDate date) {
        return ReadWorkbook.day(date);
    }

    /** 12.0 as "12", 12.5 as "12.5". */
    static String number(double value) {
        return ReadWorkbook.number(value);
    }

    /** 0.4 as 40, 0.29 as 29: what a cell formatted as a percentage shows. */
    static double percentOf(double fraction) {
        return ReadWorkbook.percentOf(fraction);
    }

    static Optional<LocalDate> typedDate(String text) {
        // Java's British English writes September "Sept"; parse with plain English, which knows "Sep"
        String cleaned = TextMatch.key(text).replaceAll("\\bsept\\b", "sep");
        for (DateTimeFormatter format : TYPED_DATES) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * A day number as a spreadsheet counts days.
     *
     * @param date1904 whether the workbook counts from 1904 (see {@link ParsedWorkbook#date1904()})
     */
    static Optional<LocalDate> serialDate(double serial, boolean date1904) {
        if (serial != Math.rint(serial) || !DateUtil.isValidExcelDate(serial) || serial > 1_000_000) {
            return Optional.empty();
        }
        LocalDate date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        return date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY) ? Optional.empty() : Optional.of(date);
    }

    /** "Green", "green", "Green – on track", "On track" or "GREEN". */
    static Optional<Rag> rag(String text) {
        String wanted = simplify(text);
        for (Rag rag : Rag.values()) {
            if (wanted.equals(simplify(rag.name())) || wanted.equals(simplify(rag.describe()))
                    || wanted.equals(simplify(rag.label()))) {
                return Optional.of(rag);
            }
        }
        return Optional.empty();
    }

    /** "In progress", "in progress" or "IN_PROGRESS". */
    static Optional<ActionStatus> status(String text) {
        String wanted = simplify(text);
        for (ActionStatus status : ActionStatus.values()) {
            if (wanted.equals(simplify(status.label())) || wanted.equals(simplify(status.name()))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (simplify(text)) {
            case "yes", "y", "true", "1" -> Optional.of(true);
            case "no", "n", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** As {@link TextMatch#key}, with dashes and underscores as spaces: "IN_PROGRESS", "Green – on track". */
    private static String simplify(String text) {
        return TextMatch.key(text).replaceAll("[_\u2010-\u2015-]+", " ").replaceAll(" {2,}", " ").trim();
    }

    /**
     * Line endings as the portal stores them, and no white space of any kind (non-breaking spaces too) nor invisible
     * characters at either end; null for nothing.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = TextMatch.stripEnds(text.replace("\r\n", "\n").replace('\r', '\n'));
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String show(String text) {
        return text == null || text.isBlank() ? BLANK : text;
    }
}
