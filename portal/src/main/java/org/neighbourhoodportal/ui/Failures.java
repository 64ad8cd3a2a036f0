package org.neighbourhoodportal.ui;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What to tell a person when something they did failed: one place that turns any exception into plain English, used
 * by the portal's error handler and its error page. Views never show an exception's own text unless the portal wrote
 * it for people (the portal's own exceptions, e.g. "That task is not yours to see"); everything else gets a fixed
 * sentence by kind, and an unexpected failure gets a short reference that is also in the log with the stack trace.
 *
 * <p>The engine's own exceptions are not known here (views never touch the engine): the workflow seam turns them into
 * the portal's own or Spring's ({@link ConcurrencyFailureException}) before they reach a view.
 */
public final class Failures {

    /** How a failure is told; every kind says that nothing was saved and that what the person typed is kept. */
    public enum Kind {
        /** The portal refused or could not do it and said why, in words written for people. */
        EXPLAINED,
        /** Someone else changed or did the same thing at the same moment. */
        SOMEONE_ELSE,
        /** The database did not answer. */
        DATABASE_UNAVAILABLE,
        /** Anything else: a fault on our side. */
        UNEXPECTED
    }

    /** A failure as told to a person; {@code reference} is set for unexpected ones, to quote to an administrator. */
    public record Failure(Kind kind, String title, String message, String reference) {
    }

    static final String SOMEONE_ELSE = "Someone else changed this at the same moment, so your change was not saved. "
            + "What you typed is still here: reload the page to see what changed, then try again.";
    static final String DATABASE_UNAVAILABLE = "The portal cannot reach its database just now, so nothing was saved. "
            + "What you typed is still here: please try again in a minute.";

    private static final String PORTAL_PACKAGE = "org.neighbourhoodportal.";

    private Failures() {
    }

    /** Never null; never contains a stack trace or an exception's technical text. */
    public static Failure describe(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isDatabaseUnavailable(t)) {
                return new Failure(Kind.DATABASE_UNAVAILABLE, "The database is not answering", DATABASE_UNAVAILABLE,
                        null);
            }
            if (isPortalOwn(t)) {
                return new Failure(t instanceof ConcurrencyFailureException ? Kind.SOMEONE_ELSE : Kind.EXPLAINED,
                        "That could not be done", t.getMessage(), null);
            }
            if (isConflict(t)) {
                return new Failure(Kind.SOMEONE_ELSE, "Someone else got there first", SOMEONE_ELSE, null);
            }
        }
        String reference = newReference();
        return new Failure(Kind.UNEXPECTED, "Something went wrong", "Something went wrong on our side, so this was "
                + "not saved. What you typed is still here: please try again. If it happens again, tell your "
                + "administrator and quote reference " + reference + ".", reference);
    }

    /** Exceptions the portal throws itself carry a message written for the person (see NotAllowedException). */
    private static boolean isPortalOwn(Throwable t) {
        return t.getClass().getName().startsWith(PORTAL_PACKAGE) && t.getMessage() != null
                && !t.getMessage().isBlank();
    }

    private static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        // SQL state class 08: connection exception (a lost or refused connection)
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    private static boolean isConflict(Throwable t) {
        if (t instanceof ConcurrencyFailureException || t instanceof OptimisticLockException
                || t instanceof PessimisticLockException) {
            return true;
        }
        // SQL state class 40: transaction rollback (deadlock, serialization failure); MariaDB 1213 deadlock, 1205 lock
        // wait timeout
        return t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("40"))
                || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205);
    }

    private static String newReference() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36,
                36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
    }
}
