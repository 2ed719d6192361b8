package io.claimdesk.sources;

import java.util.List;

import io.claimdesk.sources.ExtractionReport;

final class SourceMapper {

    private SourceMapper() {
    }

    static SourceView toView(Source source, ExtractionReport extraction) {
        return new SourceView(source.id, source.url, source.title, source.publisher, List.copyOf(source.authors),
                source.publishedAt, source.language, source.text, source.contentHash, source.createdAt, extraction);
    }

    static SourceSummary toSummary(Source source) {
        return new SourceSummary(source.id, source.url, source.title, source.publisher, List.copyOf(source.authors),
                source.publishedAt, source.language, source.contentHash, source.createdAt);
    }
}
