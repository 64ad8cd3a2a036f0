package org.neighbourhoodportal.workplan.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;

/**
 * A chart.js chart (MIT licence) on a canvas, configured from the server as JSON. The canvas is announced as an
 * image with a one-line summary; every chart in the portal also shows its figures as a table beside it.
 */
@Tag("portal-chart")
@NpmPackage(value = "chart.js", version = "4.4.9")
@JsModule("./components/portal-chart.js")
class PortalChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> config;

    PortalChart(String summary, Map<String, Object> config) {
        this.config = config;
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", summary);
        try {
            getElement().setProperty("config", JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart configuration could not be written as JSON", e);
        }
        setWidthFull();
        setHeight("18rem");
    }

    /** What the chart was drawn from, for tests. */
    Map<String, Object> config() {
        return config;
    }
}
