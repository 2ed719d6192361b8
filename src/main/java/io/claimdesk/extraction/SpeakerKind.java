package io.claimdesk.extraction;

/** What kind of speaker a claim is attributed to. */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    MEDIA,
    GOVERNMENT,
    ANONYMOUS
}
