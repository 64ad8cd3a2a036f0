package org.neighbourhoodportal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.neighbourhoodportal.time.TimeSettings;
import org.neighbourhoodportal.ui.Formats;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("portal")
@Meta(name = "description", content = "Governance and work plan portal for Integrated Neighbourhood Teams")
public class PortalApplication implements AppShellConfigurator {

    /**
     * One clock for the whole portal, in its one zone ({@code portal.time-zone}, default Europe/London), so tests can
     * set the time and nothing depends on the machine's zone. {@link Formats} shows times in the same zone.
     */
    @Bean
    Clock clock(TimeSettings time) {
        Formats.useZone(time.zone());
        return Clock.system(time.zone());
    }

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
