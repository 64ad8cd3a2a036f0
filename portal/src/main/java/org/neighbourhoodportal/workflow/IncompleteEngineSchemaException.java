package org.neighbourhoodportal.workflow;

import java.util.List;

/**
 * The database's engine tables are not what the engine needs: some of its tables, indexes or constraints are
 * missing, or (on MariaDB) some text cannot hold four-byte characters. Thrown while Flyway migrates, before the engine
 * starts, so the portal refuses to start rather than run on them; {@link EngineSchemaFailureAnalyzer} prints the
 * message and what to do in place of a stack trace.
 */
public class IncompleteEngineSchemaException extends IllegalStateException {

    private final String whatToDo;
    private final List<String> missing;

    IncompleteEngineSchemaException(String problem, List<String> missing, String whatToDo) {
        super(problem);
        this.missing = List.copyOf(missing);
        this.whatToDo = whatToDo;
    }

    /** What the person starting the portal should do about it, in plain words. */
    public String whatToDo() {
        return whatToDo;
    }

    /** The missing objects, e.g. {@code index ACT_IDX_HI_PRO_INST_END on ACT_HI_PROCINST}. */
    public List<String> missing() {
        return missing;
    }
}
