package org.neighbourhoodportal.demo;

/**
 * One feature's demo records (a maturity assessment, a consultation, a bid), loaded once on the first start of the
 * demo profile, after the directory, the work plans, the feedback loops and this month's highlight reports.
 *
 * <p>Implement it as a bean in the feature's package and load through the feature's own services, as the people in
 * the seeds would (see {@code docs/adding-a-workflow.md}, step 7). Beans run in their {@link
 * org.springframework.core.annotation.Order} (lowest first), each as the person it names; a failure stops the demo
 * start with the feature's message.
 */
public interface DemoData {

    /** The demo e-mail address of the person the records are created as (see {@code DemoDirectoryData}). */
    String loadAs();

    /** Creates the feature's demo records; called once, on a database the directory has just been loaded into. */
    void load();
}
