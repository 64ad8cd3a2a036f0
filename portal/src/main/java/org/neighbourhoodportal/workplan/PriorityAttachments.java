package org.neighbourhoodportal.workplan;

import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents on a work plan priority (a project plan, evidence of progress, a signed agreement): read by whoever may
 * read its plan ({@link WorkplanPolicy}: the INT's leads and member organisations' representatives, its ICB's
 * managers); added by those who keep the priority current (its lead person and the INT's leads).
 */
@Configuration(proxyBeanMethods = false)
public class PriorityAttachments {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = WorkplanTimelines.PRIORITY;

    @Bean
    AttachmentAccess priorityDocuments(PriorityRepository priorities, WorkplanRepository plans, WorkplanPolicy policy,
                                       CurrentUser currentUser) {
        return AttachmentAccess.of(RECORD_TYPE, currentUser, id -> PriorityTeam.find(priorities, plans, id),
                (me, priority) -> policy.mayRead(me, priority.teamId()),
                (me, priority) -> policy.mayUpdate(me, priority.teamId(), priority.leadPersonId()));
    }
}
