package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A search ranks the newest matches only, at most claimdesk.search.ranked-candidates of them, whether the archive's
 * last two calendar months hold enough of them or older claims must make up the number.
 */
@QuarkusTest
@TestProfile(SearchCandidatesTest.ThreeCandidates.class)
class SearchCandidatesTest {

    public static class ThreeCandidates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimdesk.search.ranked-candidates", "3");
        }
    }

    @Test
    void whenTheLastTwoMonthsHoldEnoughMatchesOlderOnesAreLeftOut() throws Exception {
        String word = ClaimSearchTest.word("recent");
        List<String> recent = claims(word, 3);
        List<String> old = claims(word, 2);
        backdate(old, 400);

        search(word).then().statusCode(200).body("items.id", containsInAnyOrder(recent.toArray()));
    }

    @Test
    void whenTheLastTwoMonthsHoldTooFewMatchesTheNewestOlderOnesMakeUpTheNumber() throws Exception {
        String word = ClaimSearchTest.word("older");
        List<String> recent = claims(word, 2);
        List<String> old = claims(word, 3);
        backdate(old.subList(0, 1), 400);
        backdate(old.subList(1, 3), 500);

        search(word).then().statusCode(200)
                .body("items.id", containsInAnyOrder(recent.get(0), recent.get(1), old.get(0)));
    }

    private static List<String> claims(String word, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "STATEMENT", "text", "Claim " + TestData.unique() + " names " + word))
                    .post("/api/v1/claims").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    private static void backdate(List<String> ids, int days) throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            for (String update : List.of(
                    "update claim set created_at = created_at - make_interval(days => ?) where id = any(?)",
                    "update claim_progress set created_at = created_at - make_interval(days => ?) where claim_id = any(?)")) {
                try (PreparedStatement statement = connection.prepareStatement(update)) {
                    statement.setInt(1, days);
                    statement.setArray(2, connection.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
                    statement.executeUpdate();
                }
            }
        }
    }

    private static io.restassured.response.Response search(String q) {
        return given().queryParam("q", q).get("/api/v1/claims");
    }
}
