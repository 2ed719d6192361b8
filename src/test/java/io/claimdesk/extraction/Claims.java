package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Small lookups over an extraction for the tests. */
final class Claims {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private Claims() {
    }

    static Extraction extract(String text) {
        Extraction extraction = EXTRACTOR.extract(text);
        for (ExtractedClaim claim : extraction.claims()) {
            assertEquals(text.substring(claim.start(), claim.end()), claim.text(), "claim text must be its span");
        }
        return extraction;
    }

    static List<ExtractedClaim> quotes(Extraction extraction) {
        return extraction.claims().stream().filter(claim -> claim.kind() == FindingKind.QUOTE).toList();
    }

    static List<ExtractedClaim> statements(Extraction extraction) {
        return extraction.claims().stream().filter(claim -> claim.kind() == FindingKind.STATEMENT).toList();
    }

    /** The one claim of the kind whose text contains the fragment. */
    static ExtractedClaim claim(Extraction extraction, FindingKind kind, String fragment) {
        List<ExtractedClaim> found = extraction.claims().stream()
                .filter(claim -> claim.kind() == kind && claim.text().contains(fragment)).toList();
        if (found.size() != 1) {
            fail("expected one " + kind + " containing '" + fragment + "' but got " + extraction.claims());
        }
        return found.get(0);
    }

    static ExtractedClaim quote(Extraction extraction, String fragment) {
        return claim(extraction, FindingKind.QUOTE, fragment);
    }

    static ExtractedClaim statement(Extraction extraction, String fragment) {
        return claim(extraction, FindingKind.STATEMENT, fragment);
    }
}
