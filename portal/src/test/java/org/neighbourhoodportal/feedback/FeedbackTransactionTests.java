package org.neighbourhoodportal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workplan.BacklogService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The engine and the portal's tables share one transaction: when a step after a task fails, the task stays open
 * and what the person entered is not half-saved.
 */
@PortalTest
class FeedbackTransactionTests {

    @Autowired LoopDriver loop;
    @MockitoSpyBean BacklogService backlogService;

    @Test
    void when_adding_to_the_backlog_fails_the_routing_is_not_saved_and_the_task_stays_open() {
        long id = loop.submitAsPpg("Both or neither");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        doThrow(new IllegalStateException("backlog unavailable"))
                .when(backlogService).addToBacklog(anyLong(), anyString(), anyString(), anyString(), anyLong(), any());

        assertThatThrownBy(() -> loop.complete(LEAD, id, Map.of("route", "backlog")))
                .hasMessageContaining("backlog unavailable");

        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RouteFeedback");
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted", "Acknowledged");
    }
}
