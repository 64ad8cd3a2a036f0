package org.neighbourhoodportal.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.neighbourhoodportal.directory.domain.Person;

/**
 * What the directory accepts for an e-mail address and an ODS code, in one place: {@link DirectoryAdministration}
 * refuses what breaks them, and the spreadsheet import reports them against the row, before anything is saved.
 */
public final class DirectoryRules {

    /** ODS codes as NHS England's Organisation Data Service issues them: 3 to 6 letters and digits (RT5, A81001). */
    static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static final String BAD_EMAIL = "Enter an e-mail address such as name@example.nhs.uk.";
    public static final String BAD_ODS_CODE = "An ODS code is 3 to 6 letters and digits, such as RT5 for a trust or "
            + "A81001 for a GP practice. Leave it empty if the organisation has none.";

    private DirectoryRules() {
    }

    /** Why the address cannot be used, or empty when it can. @param address stripped of spaces at either end */
    public static Optional<String> emailProblem(String address) {
        return address.length() > Person.EMAIL_LENGTH || !EMAIL.matcher(address).matches() ? Optional.of(BAD_EMAIL)
                : Optional.empty();
    }

    /** An ODS code as stored: capitals, no spaces; null for none. */
    public static String odsCode(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Why the (stored form of the) code cannot be used, or empty when it can or there is none. */
    public static Optional<String> odsCodeProblem(String code) {
        return code != null && !ODS_CODE.matcher(code).matches() ? Optional.of(BAD_ODS_CODE) : Optional.empty();
    }
}
