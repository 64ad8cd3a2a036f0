package org.neighbourhoodportal.workplan.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.neighbourhoodportal.workplan.PlanSummary;

/** A plan's year, April to March, and where a date falls across it. */
record PlanYear(LocalDate start, LocalDate end) {

    static PlanYear of(PlanSummary plan) {
        return new PlanYear(LocalDate.of(plan.year(), 4, 1), LocalDate.of(plan.year() + 1, 3, 31));
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** How far through the year a date is, 0 to 100; dates outside the year sit at its edge. */
    double percent(LocalDate date) {
        double days = ChronoUnit.DAYS.between(start, end.plusDays(1));
        double at = ChronoUnit.DAYS.between(start, date);
        return Math.max(0, Math.min(100, at * 100 / days));
    }

    /** "April 2026 to March 2027". */
    String describe() {
        return "April " + start.getYear() + " to March " + end.getYear();
    }
}
