package org.neighbourhoodportal.funding;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days, Monday to Friday, for internal due dates counted back from a funder's deadline. Bank holidays are
 * not known to the portal, so a date that falls on one is a day early by the lead's own reckoning.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public static int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** The working day {@code days} working days before {@code deadline}. */
    public static LocalDate before(LocalDate deadline, int days) {
        LocalDate d = deadline;
        int left = days;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
