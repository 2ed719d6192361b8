package io.claimdesk;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Gives every API test request the default caller's token, unless the request carries its own. */
public class DefaultTokenCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(Tokens.Default.class::isInstance)) {
            RestAssured.filters(new Tokens.Default());
        }
    }
}
