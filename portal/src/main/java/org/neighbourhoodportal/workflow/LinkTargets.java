package org.neighbourhoodportal.workflow;

import java.util.List;
import org.neighbourhoodportal.forms.Option;

/**
 * Records of a team that another feature's record can be linked to, offered as a form's choices: the work plan's
 * priorities today, for PPG feedback put on the backlog. The feature that owns the records implements it; a feature
 * whose form offers them asks for the {@link #valuesKey} its form names, without knowing who owns them, so neither
 * feature depends on the other.
 */
public interface LinkTargets {

    /** The form-js {@code valuesKey} these choices fill, e.g. {@code priorities}. */
    String valuesKey();

    /**
     * The choices for one team: the option's value is the record's id, its label the record's title.
     *
     * @throws org.neighbourhoodportal.security.NotAllowedException when the caller may not link to the team's records
     */
    List<Option> forTeam(long teamId);
}
