package io.claimdesk.extraction;

import java.util.List;

/**
 * The first stage: the text with plain spaces, its paragraphs (furniture marked), its quotations, the language its
 * words are read in (the detected one, else English) and its sentence limits. Every offset indexes the raw text,
 * which has the same length.
 */
record TextLayout(String text, List<Paragraph> paragraphs, List<QuoteSpan> quotes, Language language, Sentences sentences) {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final QuoteScanner SCANNER = new QuoteScanner();

    static TextLayout of(String raw) {
        String text = withPlainSpaces(raw);
        List<Paragraph> paragraphs = CLEANER.split(text);
        List<QuoteSpan> quotes = SCANNER.scan(text, paragraphs);
        Language language = Language.forCode(MetadataReader.language(paragraphs));
        return new TextLayout(text, paragraphs, quotes, language, new Sentences(text, quotes, language.abbreviations, language.numeralAbbreviations));
    }

    /** No-break and thin spaces become plain ones, char for char, so that every offset still indexes the raw text. */
    private static String withPlainSpaces(String raw) {
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\u00a0' || chars[i] == '\u2009' || chars[i] == '\u202f' || chars[i] == '\u2007') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
