package io.claimdesk.sources;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.claimdesk.anchoring.QuoteAnchoring;
import io.claimdesk.anchoring.QuoteSelector;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.common.Keyset;
import io.claimdesk.sources.ExtractionReport;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.Text;

@ApplicationScoped
@Transactional
public class SourceService {

    /** Stores a new source; the same URL or the same text stored before is a 409 naming the existing one. */
    public Source store(NewSource request) {
        String url = null;
        if (!Text.isBlank(request.url())) {
            url = SourceUrls.normalize(request.url())
                    .orElseThrow(() -> Problems.badRequest("url must be an absolute http or https URL"));
        }
        String hash = sha256(request.text());
        Optional<Source> existing = url == null ? Optional.empty() : Source.find("url", url).firstResultOptional();
        if (existing.isPresent()) {
            throw duplicate("A source with this URL is already stored", existing.get());
        }
        existing = Source.find("contentHash", hash).firstResultOptional();
        if (existing.isPresent()) {
            throw duplicate("A source with the same text is already stored", existing.get());
        }

        Source source = new Source();
        source.url = url;
        source.title = !Text.isBlank(request.title()) ? request.title().strip()
                : firstLine(request.text());
        source.publisher = Text.strippedOrNull(request.publisher());
        source.authors = request.authors() == null ? List.of() : request.authors().stream().map(String::strip).toList();
        source.publishedAt = request.publishedAt();
        source.language = Text.strippedOrNull(request.language());
        source.text = request.text();
        source.contentHash = hash;
        source.persist();
        // Insert now: a request storing the same text at the same moment is refused here, inside the transaction,
        // and answered as a conflict, rather than failing the commit.
        Source.flush();
        return source;
    }

    @Transactional(SUPPORTS)
    public Optional<Source> findByText(String text) {
        return Source.find("contentHash", sha256(text)).firstResultOptional();
    }

    @Transactional(SUPPORTS)
    public SourceView get(UUID id) {
        return SourceMapper.toView(require(id), null);
    }

    /** The source a path names: 404 when there is none. */
    @Transactional(SUPPORTS)
    public Source require(UUID id) {
        return Source.<Source> findByIdOptional(id).orElseThrow(() -> Problems.notFound("Source", id));
    }

    /** The source a request body refers to: 422 when there is none. */
    @Transactional(SUPPORTS)
    public Source referenced(UUID id) {
        return Source.<Source> findByIdOptional(id)
                .orElseThrow(() -> Problems.unprocessable("Source " + id + " does not exist"));
    }

    @Transactional(SUPPORTS)
    public Page<SourceSummary> list(String q, String publisher, int limit, String cursor) {
        boolean ranked = !Text.isBlank(q);
        SqlFilter filter = new SqlFilter()
                .when(publisher, "lower(s.publisher) = lower(:publisher)", "publisher");
        String select;
        if (ranked) {
            filter.always("s.search @@ websearch_to_tsquery('english', :q)").parameter("q", q);
            select = "select s.id, ts_rank(s.search, websearch_to_tsquery('english', :q)) as sort_key from source s";
        } else {
            select = "select s.id, s.created_at as sort_key from source s";
        }
        Keyset.Slice slice = Keyset.page(Source.getEntityManager(), select, filter,
                ranked ? Keyset.SortKey.RANK : Keyset.SortKey.TIMESTAMP, true, cursor, limit);
        List<Source> sources = Keyset.inOrder(slice.ids(), Source.list("id in ?1", slice.ids()), source -> source.id);
        return new Page<>(sources.stream().map(SourceMapper::toSummary).toList(), slice.nextCursor());
    }

    public SourceView view(Source source, ExtractionReport extraction) {
        return SourceMapper.toView(source, extraction);
    }

    /** Anchors a quote in a source's text: 422 when the text does not contain it. */
    @Transactional(SUPPORTS)
    public TextQuote anchor(Source source, QuoteSelector selector) {
        return QuoteAnchoring.anchor(source.text, selector.exact(), selector.prefix(), selector.suffix(), selector.start())
                .orElseThrow(() -> Problems.quoteNotFound(source.id));
    }

    private static RuntimeException duplicate(String detail, Source existing) {
        return Problems.duplicate(detail, URI.create("/api/v1/sources/" + existing.id), existing.id);
    }

    private static String firstLine(String text) {
        return text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> line.length() > 300 ? line.substring(0, 300) : line)
                .orElse("Untitled");
    }


    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
