package org.neighbourhoodportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar that is deployed carries no development tools: Vaadin's dev server, dev bundle and Copilot come with
 * {@code vaadin-core} and are left out by the Spring Boot plugin's excludes (portal/pom.xml). Runs after
 * {@code package}, on the jar the build just made; no application is started.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target", "neighbourhood-portal.jar");

    @Test
    void the_production_jar_ships_without_vaadins_development_tools() throws IOException {
        assertThat(JAR).as("the jar made by package").exists();
        List<String> libraries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            libraries = Collections.list(jar.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/")).map(name -> name.substring(13)).toList();
        }
        assertThat(libraries).as("libraries in the jar").anyMatch(name -> name.startsWith("flow-server-"))
                .noneMatch(name -> name.startsWith("vaadin-dev-") || name.startsWith("copilot-")
                        || name.startsWith("open-8"));
        assertThat(Files.size(JAR)).as("the jar's size").isPositive();
    }
}
