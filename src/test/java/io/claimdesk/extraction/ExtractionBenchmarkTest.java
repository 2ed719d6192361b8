package io.claimdesk.extraction;

/**
 * Surefire only picks up classes named like *Test; this subclass lets {@code -Pbenchmark} run
 * {@link ExtractionBenchmark}, whose benchmark tag it inherits, so the normal build still leaves it out.
 */
class ExtractionBenchmarkTest extends ExtractionBenchmark {
}
