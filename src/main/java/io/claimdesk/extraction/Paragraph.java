package io.claimdesk.extraction;

/** One line of the raw text, trimmed; start and end index the raw text. furniture marks page chrome. */
record Paragraph(int index, int start, int end, String text, boolean furniture) {
}
