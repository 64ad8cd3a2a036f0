package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The probes the proxy and the containers use: readiness on the management port covers the database and the engine,
 * and the public port does not serve them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles({"test", "demo"})
class HealthProbeTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired HealthEndpoint health;

    @Test
    void readiness_includes_the_database_and_the_engine_and_is_up_once_started() throws Exception {
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"db\"", "\"engine\"", "\"readinessState\"");
    }

    @Test
    void the_engine_is_up_with_the_portals_process_models_deployed() {
        assertThat(health.healthForPath("engine").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void the_public_port_does_not_serve_the_health_endpoints() throws Exception {
        HttpResponse<String> outside = get(port, "/actuator/health/readiness");

        assertThat(outside.body()).doesNotContain("readinessState");
        assertThat(outside.statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
