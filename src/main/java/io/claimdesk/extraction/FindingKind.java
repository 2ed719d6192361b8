package io.claimdesk.extraction;

/** QUOTE: words between quotation marks; STATEMENT: reported or paraphrased content. */
public enum FindingKind {
    QUOTE,
    STATEMENT
}
