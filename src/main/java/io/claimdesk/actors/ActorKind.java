package io.claimdesk.actors;

public enum ActorKind {
    PERSON,
    ORGANIZATION,
    MEDIA,
    GOVERNMENT,
    ANONYMOUS
}
