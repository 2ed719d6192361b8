package io.claimdesk.extraction;

import java.time.LocalDate;
import java.util.List;

/** Article metadata read from the page text; fields are null (or the list empty) when unknown. */
public record ArticleMetadata(String title, List<String> authors, String publisher, LocalDate publishedAt, String language) {

    public ArticleMetadata {
        authors = List.copyOf(authors);
    }
}
