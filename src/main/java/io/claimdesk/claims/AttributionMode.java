package io.claimdesk.claims;

/** DIRECT: quoted words; INDIRECT: reported content without quotation; MIXED: reported speech with quoted parts. */
public enum AttributionMode {
    DIRECT,
    INDIRECT,
    MIXED
}
