package io.claimdesk.actors;

import java.util.List;

final class ActorMapper {

    private ActorMapper() {
    }

    static ActorView toView(Actor actor) {
        return new ActorView(actor.id, actor.name, actor.kind, actor.description, List.copyOf(actor.aliases), List.copyOf(actor.sameAs),
                actor.createdAt, actor.updatedAt, actor.version);
    }
}
