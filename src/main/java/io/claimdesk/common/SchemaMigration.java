package io.claimdesk.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;

import io.quarkus.runtime.StartupEvent;

/**
 * Brings the database schema up to date at start-up, but only once the configuration checks have passed: a
 * deployment that cannot run must leave the database as it found it.
 */
@ApplicationScoped
public class SchemaMigration {

    /** Start-up checks of the configuration run before this; everything that reads the database after it. */
    public static final int PRIORITY = Interceptor.Priority.APPLICATION + 100;

    @Inject
    Flyway flyway;

    void migrate(@Observes @Priority(PRIORITY) StartupEvent event) {
        flyway.migrate();
    }
}
