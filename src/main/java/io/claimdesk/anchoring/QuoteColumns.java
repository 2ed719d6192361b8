package io.claimdesk.anchoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How an anchored quote is stored: the same columns wherever a quote is kept. */
@Embeddable
public class QuoteColumns {

    @Column(name = "quote_exact")
    public String exact;

    @Column(name = "quote_prefix")
    public String prefix;

    @Column(name = "quote_suffix")
    public String suffix;

    @Column(name = "quote_start")
    public Integer start;

    @Column(name = "quote_end")
    public Integer end;

    public static QuoteColumns of(TextQuote quote) {
        QuoteColumns columns = new QuoteColumns();
        columns.exact = quote.exact();
        columns.prefix = quote.prefix();
        columns.suffix = quote.suffix();
        columns.start = quote.start();
        columns.end = quote.end();
        return columns;
    }

    public TextQuote toQuote() {
        return new TextQuote(exact, prefix, suffix, start, end);
    }
}
