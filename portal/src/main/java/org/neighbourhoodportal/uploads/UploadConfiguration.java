package org.neighbourhoodportal.uploads;

import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The container's upload limits, derived from {@link UploadSettings} so that they can never again be lower than the
 * limit the portal states (Spring Boot's default multipart limit of 1 MB refused a 1.3 MB work plan as "Upload
 * forbidden" while the page said "up to 10 MB").
 *
 * <p>This multipart configuration replaces Spring Boot's (its auto-configuration backs off when one exists); Vaadin's
 * servlet and Spring's dispatcher both use it.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(UploadSettings uploads) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(uploads.containerLimitBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(uploads.containerLimitBytes()));
        return factory.createMultipartConfig();
    }

    /**
     * Tomcat reads (swallows) at most 2 MB of a request body the application stopped reading before it answers;
     * past that it drops the connection, and the browser shows a network error instead of the portal's message.
     * The portal stops reading an upload at its limit, so Tomcat must be willing to swallow the rest.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadSwallowSize(UploadSettings uploads) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize((int) uploads.containerLimitBytes());
            }
        });
    }
}
