package org.neighbourhoodportal.directory;

import java.util.List;

/** A person as the directory page lists them, with each role in words, e.g. "INT lead – Harborough INT". */
public record PersonSummary(long id, String displayName, String email, String jobTitle, String organisation,
                            List<String> roles, boolean demoAccount) {
}
