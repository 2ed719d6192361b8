package io.claimdesk.claimdetail;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.claimdesk.claims.ClaimQueries;
import io.claimdesk.common.ClaimdeskConfig;
import io.claimdesk.common.SchemaMigration;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads one stored claim as its detail and as a claim list does, once, before the service reports ready: a few
 * index lookups. What a read does only the first time (Hibernate parsing a query, classes loading) is then done
 * before traffic arrives: on a fresh instance a burst of requests once parsed the same queries in every request at
 * once, each holding its pooled connection meanwhile, and the pool ran dry (503). Those reads now go straight to JDBC
 * and parse nothing; the test keeps it so. A reviewed claim if there is one, so that the reads of its review run too;
 * nothing on a database without claims. {@code claimdesk.warm-up=false} leaves it out.
 */
@ApplicationScoped
public class ReadWarmUp {

    @Inject
    ClaimdeskConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ClaimDetailQuery detail;

    @Inject
    ClaimQueries claims;

    void onStart(@Observes @Priority(SchemaMigration.PRIORITY + 1) StartupEvent event) {
        if (config.warmUp()) {
            warmUp();
        }
    }

    @Transactional
    void warmUp() {
        UUID claim = (UUID) entityManager.createNativeQuery(
                "select coalesce((select claim_id from review limit 1), (select id from claim limit 1))", UUID.class)
                .getSingleResult();
        if (claim != null) {
            detail.get(claim);
            claims.summaries(List.of(claim));
        }
    }
}
