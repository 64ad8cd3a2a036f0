package org.neighbourhoodportal.directory;

import java.time.Instant;
import java.util.List;

/** What the directory administration pages list: plain records, never entities. */
public final class AdminRecords {

    private AdminRecords() {
    }

    public record IcbRow(long id, String name, String code) {
    }

    public record TeamRow(long id, String name, long icbId, String icbName, String place, String description) {
    }

    public record OrganisationRow(long id, String name, Sector sector, String odsCode) {
    }

    public record PpgRow(long id, String name, long practiceId, String practiceName, long teamId, String teamName) {
    }

    /** A person; {@code deactivatedAt} is set when their account has been switched off. */
    public record PersonRow(long id, String displayName, String email, String jobTitle, Long organisationId,
                            String organisationName, Instant deactivatedAt) {

        public boolean active() {
            return deactivatedAt == null;
        }
    }

    /** One role held: what, by whom, and where ("Harborough INT", "Market Harborough PPG"), in words. */
    public record RoleRow(long id, long personId, String personName, Role role, Long scopeId, String scopeName) {

        public String label() {
            return scopeName == null ? role.label() : role.label() + " – " + scopeName;
        }
    }

    /**
     * A member organisation of a team, with its representatives there (its people holding the member role) and its
     * designated signatory, if named.
     */
    public record MemberOrganisation(long organisationId, String name, Sector sector, Long signatoryId,
                                     String signatoryName, List<PersonOption> representatives) {
    }
}
