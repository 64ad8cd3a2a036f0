/**
 * The pages of directory administration (issue 9): managing the directory, the Changes page (its audit trail) and an
 * INT lead's "My team". They sit outside the {@code directory} package because they contribute menu entries to the
 * shell ({@code ui.MenuEntry}), and the shell depends on the directory: inside it they would make a cycle. The
 * directory's service ({@code DirectoryAdministration}, {@code AuditTrail}) decides everything; these only show it.
 */
package org.neighbourhoodportal.administration;
