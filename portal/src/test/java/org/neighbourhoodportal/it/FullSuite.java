package org.neighbourhoodportal.it;

/**
 * Whether the heavier suites may skip. On a developer's machine without MariaDB or Chromium they skip and say so;
 * CI sets {@code -Dportal.require.full.suite=true} so that a missing server or browser fails the build instead of
 * quietly proving nothing.
 */
public final class FullSuite {

    public static final String PROPERTY = "portal.require.full.suite";

    private FullSuite() {
    }

    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "false").trim());
    }

    /** Skips with a plain line on stdout, or fails when the full suite is required. */
    public static String skipOrFail(String skipped, String why) {
        if (required()) {
            throw new IllegalStateException(skipped.replace("SKIPPED", "FAILED") + " (" + why + "), and "
                    + PROPERTY + "=true says it must run.");
        }
        System.out.println(skipped);
        return skipped;
    }
}
