package io.claimdesk.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * In the start that writes the image's AOT cache (src/main/docker/Dockerfile.jvm), loads the classes that a start on
 * a database and its first requests load. That start has no database and stops at its first connection, so the cache
 * would lack everything after it (the password exchange, Flyway's queries, the HTTP server, the reads) and every pod
 * would load those classes from the jar. Loaded only, not initialised: no code of theirs runs.
 */
@ApplicationScoped
public class AotTrainingClasses {

    /** One class name a line; written by {@code bench/run.sh --aot-classes}. */
    static final String RESOURCE = "aot-training-classes.txt";

    private static final Logger LOG = Logger.getLogger(AotTrainingClasses.class);

    @Inject
    ClaimdeskConfig config;

    /** First of the start-up observers, so that no check failing without a database comes before it. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (config.aotTraining()) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            List<String> names = read(loader);
            LOG.infof("AOT training: loaded %d of %d listed classes", load(loader, names), names.size());
        }
    }

    /** Loads each named class; returns how many exist. */
    static int load(ClassLoader loader, List<String> names) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError gone) {
                // a class renamed or removed since the list was written: the cache just lacks it
            }
        }
        return loaded;
    }

    static List<String> read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
