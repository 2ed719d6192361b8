package io.claimdesk.extraction;

/** DIRECT: quoted words; INDIRECT: reported content without quotation; MIXED: reported speech with quoted parts. */
public enum SpeechMode {
    DIRECT,
    INDIRECT,
    MIXED
}
