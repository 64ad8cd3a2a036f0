package org.neighbourhoodportal.workplan;

import java.util.List;

/**
 * Another feature's records linked to a priority (a consultation whose outcome changed it …), for the priority's
 * page. The feature that owns the link implements it as a bean, so the work plan knows none of them: the dependency
 * runs from the feature to the work plan, never back.
 */
public interface PriorityLinkSource {

    /**
     * The records linked to this priority that the signed-in person may read; called after the work plan has checked
     * they may read the priority.
     */
    List<LinkedRecord> linkedTo(long priorityId);
}
