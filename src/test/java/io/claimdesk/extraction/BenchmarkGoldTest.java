package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the benchmark reads quotes and statements from the corpus annotation. */
class BenchmarkGoldTest {

    @Test
    void aContentInTwoPartsAroundItsCueIsTwoQuotations() {
        String text = "“We will build the bridge,” Ana Ruiz said, “and we will pay for it.”";
        List<PolnearCorpus.Span> parts = List.of(span(text, "“We will build the bridge,”"),
                span(text, "“and we will pay for it.”"));

        assertEquals(List.of("We will build the bridge,", "and we will pay for it."),
                ExtractionBenchmark.quotations(text, parts));
    }

    @Test
    void quotationsSideBySideInOnePartAreEachAQuotation() {
        String text = "Ruiz was blunt. “It is late.” “It is costly.”";

        assertEquals(List.of("It is late.", "It is costly."),
                ExtractionBenchmark.quotations(text, List.of(span(text, "“It is late.” “It is costly.”"))));
    }

    @Test
    void aContentWithWordsOutsideQuotationMarksIsAStatement() {
        String text = "Ruiz said the bridge would be “a gift to the valley” and cheap.";

        assertEquals(List.of(), ExtractionBenchmark.quotations(text,
                List.of(span(text, "the bridge would be “a gift to the valley” and cheap"))));
    }

    private static PolnearCorpus.Span span(String text, String words) {
        int start = text.indexOf(words);
        return new PolnearCorpus.Span(start, start + words.length());
    }
}
