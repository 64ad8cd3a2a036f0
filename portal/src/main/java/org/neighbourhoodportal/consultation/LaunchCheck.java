package org.neighbourhoodportal.consultation;

/**
 * One check made before a consultation may be launched (Gunning and Cabinet Office principles).
 *
 * @param passed whether it is met; a consultation launches only when all are
 * @param detail what is missing or why it passes, plain English
 */
public record LaunchCheck(String what, boolean passed, String detail) {
}
