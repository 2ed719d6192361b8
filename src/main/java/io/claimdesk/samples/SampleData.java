package io.claimdesk.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.claimdesk.ingestion.ExtractionService;
import io.claimdesk.sources.NewSource;
import io.claimdesk.sources.SourceService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the sample articles when the service starts in dev mode, with the claims extraction finds in them.
 * Idempotent: an article already stored is left alone.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    @Inject
    SourceService sources;

    @Inject
    ExtractionService extraction;

    void onStart(@Observes StartupEvent event) {
        load();
    }

    @Transactional
    void load() {
        int loaded = 0;
        for (String file : read("index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            String text = read(file);
            if (sources.findByText(text).isEmpty()) {
                extraction.ingest(new NewSource(null, null, null, null, null, null, text), true);
                loaded++;
            }
        }
        LOG.infof("Sample articles: %d loaded with their extracted claims", loaded);
    }

    private static String read(String name) {
        try (InputStream in = SampleData.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("Sample resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
