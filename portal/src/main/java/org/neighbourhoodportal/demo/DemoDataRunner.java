package org.neighbourhoodportal.demo;

import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.feedback.DemoFeedbackData;
import org.neighbourhoodportal.reporting.ReportStartService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.DemoWorkplanData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo INTs on the first start of the demo profile; later starts find them there and keep them. The
 * Harborough lead also starts this month's highlight report, so its owners find their update tasks waiting. Then
 * every feature's {@link DemoData} bean, in order.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final DemoDirectoryData directory;
    private final DemoFeedbackData feedback;
    private final DemoWorkplanData workplan;
    private final ReportStartService reports;
    private final RunAs runAs;
    private final ObjectProvider<DemoData> features;

    DemoDataRunner(DemoDirectoryData directory, DemoFeedbackData feedback, DemoWorkplanData workplan,
                   ReportStartService reports, RunAs runAs, ObjectProvider<DemoData> features) {
        this.features = features;
        this.directory = directory;
        this.feedback = feedback;
        this.workplan = workplan;
        this.reports = reports;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.load()) {
            // Reference reads need someone signed in; the demo plans are loaded as the demo administrator.
            runAs.person(DemoDirectoryData.ADMINISTRATOR, workplan::load);
            feedback.load();
            runAs.person(DemoDirectoryData.LEAD, () -> reports.teamsToStartThisMonth()
                    .forEach(team -> reports.startThisMonth(team.id())));
            features.orderedStream().forEach(feature -> runAs.person(feature.loadAs(), feature::load));
        }
    }
}
