package io.claimdesk.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.actors.ActorKind;
import io.claimdesk.anchoring.QuoteSelector;
import io.claimdesk.claims.Appearance;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimKind;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.NewAppearance;
import io.claimdesk.claims.NewClaim;
import io.claimdesk.claims.SpeakerInput;
import io.claimdesk.sources.NewSource;
import io.claimdesk.sources.Source;
import io.claimdesk.sources.SourceService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the sample articles, and claims entered by hand in them, when the service starts in dev mode.
 * Idempotent: what is already stored is left alone.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    record Article(String file, String title, String publisher, List<String> authors, Instant publishedAt,
            String language) {
    }

    @Inject
    SourceService sources;

    @Inject
    ClaimService claims;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        load();
    }

    @Transactional
    void load() {
        Map<String, UUID> sourceIds = new HashMap<>();
        for (Article article : read("articles.json", new TypeReference<List<Article>>() {
        })) {
            String text = read(article.file());
            Source source = sources.findByText(text).orElseGet(() -> sources.store(new NewSource(null, article.title(),
                    article.publisher(), article.authors(), article.publishedAt(), article.language(), text)));
            sourceIds.put(article.file(), source.id);
        }
        claim(new NewClaim(
                "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.",
                ClaimKind.STATEMENT, new SpeakerInput(null, "Defence Intelligence of Ukraine (HUR)", ActorKind.GOVERNMENT),
                sourceIds.get("002_06944bffa7e5bff6.txt"),
                new QuoteSelector("about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia",
                        "According to HUR, ", null, null),
                List.of("north-korea", "russia", "troops")));

        UUID intervention = claim(new NewClaim(
                "The North Korea-Russia treaty will commit Russia to automatic military intervention if North Korea is at war.",
                ClaimKind.STATEMENT, new SpeakerInput(null, "South Korean government", ActorKind.GOVERNMENT),
                sourceIds.get("003_e73519fd7a8f2d3d.txt"),
                new QuoteSelector("South Korea believes Russia and North Korea will likely elevate their military cooperation to a level bordering on “automatic military intervention in the event of an emergency”",
                        null, null, null),
                List.of("north-korea", "russia", "treaty")));
        NewAppearance secondAppearance = new NewAppearance(sourceIds.get("001_10dfcf0b65ddf187.txt"),
                new QuoteSelector("Some speculate that the treaty to be signed during this North Korea-Russia summit may include an agreement on 'automatic military intervention' or a similar level of commitment.",
                        null, null, null));
        if (Appearance.count("claim.id = ?1 and source.id = ?2", intervention, secondAppearance.sourceId()) == 0) {
            claims.addAppearance(intervention, secondAppearance);
        }

        claim(new NewClaim(null, ClaimKind.QUOTE, new SpeakerInput(null, "Cho Tae-yul", ActorKind.PERSON),
                sourceIds.get("003_e73519fd7a8f2d3d.txt"),
                new QuoteSelector("We made it clear that discussions between North Korea and Russia should not be conducted in a way that undermines peace and stability on the Korean Peninsula",
                        null, null, null),
                List.of("south-korea")));
        claim(new NewClaim(null, ClaimKind.QUOTE, new SpeakerInput(null, "Jang Ho-jin", ActorKind.PERSON),
                sourceIds.get("001_10dfcf0b65ddf187.txt"),
                new QuoteSelector("We have also communicated a warning to Russia not to cross a certain line", null, null, null),
                List.of("south-korea", "russia")));
        LOG.info("Sample articles and claims are loaded");
    }

    /** The claim with this text if one is stored, else a new one. */
    private UUID claim(NewClaim request) {
        String text = request.text() != null ? request.text() : request.quote().exact();
        return Claim.<Claim> find("text", text).firstResultOptional()
                .map(existing -> existing.id)
                .orElseGet(() -> claims.create(request).id());
    }

    private <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = resource(name)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleData.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IOException("Sample resource missing: " + name);
        }
        return in;
    }
}
