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

/** Reading values people type into a workbook, and writing them back the way people read them. */
final class Values {

    static final String BLANK = "(blank)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** Dates typed as text: the portal's own form, the UK's numeric forms, and ISO. Day before month, always. */
    private static final List<DateTimeFormatter> TYPED_DATES = List.of(
            formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("d/M/uuuu"), formatter("d-M-uuuu"),
            formatter("d.M.uuuu"), formatter("uuuu-M-d"), formatter("d MMM uu"), formatter("d/M/uu"));

    /** Serial numbers of 1 Jan 1990 and 31 Dec 2099: a plain number in a date column is a date only in this range. */
    private static final double FIRST_SERIAL = 32_874;
    private static final double LAST_SERIAL = 73_050;

    private Values() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    static String day(LocalDate date) {
        return date == null ? BLANK : DAY.format(date);
    }

    /** 12.0 as "12", 12.5 as "12.5". */
    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static Optional<LocalDate> typedDate(String text) {
        // Java's British English writes September "Sept"; parse with plain English, which knows "Sep"
        String cleaned = text.trim().replaceAll("\\s+", " ").replaceAll("(?i)\\bsept\\b", "Sep");
        for (DateTimeFormatter format : TYPED_DATES) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> serialDate(double serial) {
        if (serial < FIRST_SERIAL || serial > LAST_SERIAL || serial != Math.rint(serial)) {
            return Optional.empty();
        }
        return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
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

    /** Lower case, dashes and underscores as spaces, single spaces. */
    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_–—-]+", " ").trim();
    }

    /** Line endings as the portal stores them, and no stray spaces at either end; null for nothing. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String show(String text) {
        return text == null || text.isBlank() ? BLANK : text;
    }
}
