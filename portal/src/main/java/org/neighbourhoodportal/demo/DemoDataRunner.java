package org.neighbourhoodportal.demo;

import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.feedback.DemoFeedbackData;
import org.neighbourhoodportal.workplan.DemoWorkplanData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo INTs on the first start of the demo profile; later starts find them there and keep them. */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final DemoDirectoryData directory;
    private final DemoFeedbackData feedback;
    private final DemoWorkplanData workplan;

    DemoDataRunner(DemoDirectoryData directory, DemoFeedbackData feedback, DemoWorkplanData workplan) {
        this.directory = directory;
        this.feedback = feedback;
        this.workplan = workplan;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.load()) {
            workplan.load();
            feedback.load();
        }
    }
}
