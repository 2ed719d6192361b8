package io.claimdesk.actors;

/** Fired in the transaction that merges a duplicate actor into another, before the duplicate is deleted. */
public record ActorMerged(Actor duplicate, Actor into) {
}
