package org.neighbourhoodportal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("portal")
@Meta(name = "description", content = "Governance and work plan portal for Integrated Neighbourhood Teams")
public class PortalApplication implements AppShellConfigurator {

    /** One clock for the whole portal, so tests can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
