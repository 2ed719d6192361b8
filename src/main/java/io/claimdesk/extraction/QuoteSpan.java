package io.claimdesk.extraction;

/**
 * A quotation found by mark pairing. open and close are the offsets of the marks (close is the paragraph end when the
 * quotation runs on without a closing mark); start and end delimit the text inside. continues is set when the
 * quotation goes on in the next paragraph (the usual style for quotations of several paragraphs). label is the speaker
 * label of a transcript line ("GREER: …"), left out of [start,end), or null.
 */
record QuoteSpan(int open, int close, int start, int end, int paragraph, boolean single, boolean continues, String label) {
}
