package org.neighbourhoodportal.workplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.attachments.AttachmentVersion;
import org.neighbourhoodportal.attachments.SampleFiles;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents on a work plan priority, through the attachments kit with the priority's access ({@link WorkplanPolicy}):
 * whoever may read the plan reads them; the priority's lead person and the INT's leads add them; nobody else sees
 * that they exist.
 */
class PriorityDocumentsTests extends ViewTest {

    private static final String PRIORITY = PriorityAttachments.RECORD_TYPE;
    private static final String SOCIAL_PRESCRIBING = "Green and blue social prescribing";
    private static final String MENTAL_HEALTH = "Mental health initiatives";

    @Autowired AttachmentService attachments;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired RunAs runAs;

    @Test
    void the_ints_lead_adds_a_document_that_the_ints_people_read_but_only_those_who_keep_it_current_may_add() {
        long id = priorityNamed(SOCIAL_PRESCRIBING);
        AttachmentVersion added = add(LEAD, id, "Social prescribing project plan.pdf");

        assertThat(runAs.person(MEMBER, () -> attachments.documents(PRIORITY, id)))
                .satisfies(d -> assertThat(d.mayAdd()).as("a member who does not lead this priority").isFalse())
                .satisfies(d -> assertThat(d.documents()).extracting(a -> a.current().id()).contains(added.id()));
        assertThat(runAs.person(MEMBER, () -> attachments.version(added.id())).fileName())
                .isEqualTo("Social prescribing project plan.pdf");
        assertThatThrownBy(() -> add(MEMBER, id, "Not mine to add.pdf")).isInstanceOf(NotAllowedException.class);

        long theirs = priorityNamed(MENTAL_HEALTH);
        assertThat(runAs.person(MEMBER, () -> attachments.documents(PRIORITY, theirs).mayAdd()))
                .as("Priya Shah leads mental health, so keeps its documents too").isTrue();
        assertThat(add(MEMBER, theirs, "Mental health evidence.pdf").number()).isEqualTo(1);
    }

    @Test
    void people_outside_the_int_are_told_the_documents_do_not_exist() {
        long id = priorityNamed(SOCIAL_PRESCRIBING);
        AttachmentVersion added = add(LEAD, id, "Harborough only.pdf");

        for (String outsider : new String[] {THURROCK_LEAD, ICB_MANAGER, PPG_REP}) {
            assertThatThrownBy(() -> runAs.person(outsider, () -> attachments.documents(PRIORITY, id)))
                    .as(outsider).isInstanceOf(NotAllowedException.class)
                    .hasMessage(AttachmentService.NOT_FOUND);
            assertThatThrownBy(() -> runAs.person(outsider, () -> attachments.version(added.id())))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> add(outsider, id, "Sneaky.pdf")).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> runAs.person(LEAD, () -> attachments.documents(PRIORITY, Long.MAX_VALUE)))
                .as("a priority that does not exist").isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_priority_page_shows_its_documents_with_an_upload_for_the_lead_and_without_one_for_a_member() {
        long id = priorityNamed(SOCIAL_PRESCRIBING);
        add(LEAD, id, "Walking group timetable.pdf");

        signIn.as(LEAD);
        navigate("workplan/priority/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("attachments")).getElement().getTextRecursively())
                .contains("Walking group timetable.pdf");
        assertThat(_find(Upload.class, spec -> spec.withId("attachments-upload"))).hasSize(1);

        signIn.as(MEMBER);
        navigate("workplan/priority/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("attachments")).getElement().getTextRecursively())
                .contains("Walking group timetable.pdf");
        assertThat(_find(Upload.class, spec -> spec.withId("attachments-upload"))).isEmpty();
    }

    private AttachmentVersion add(String who, long priorityId, String name) {
        return runAs.person(who, () -> attachments.add(PRIORITY, priorityId, null, name,
                new ByteArrayInputStream(SampleFiles.pdf(20_000))));
    }

    private long priorityNamed(String title) {
        long plan = runAs.person(LEAD, () -> workplan.plans()).stream()
                .filter(p -> p.teamName().equals("Harborough INT")).findFirst().orElseThrow().id();
        return runAs.person(LEAD, () -> priorityService.priorities(plan, PriorityFilter.all())).stream()
                .filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
    }
}
