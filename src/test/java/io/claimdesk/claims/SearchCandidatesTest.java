package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.claimdesk.common.Cursor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A search ranks the newest matches only, at most claimdesk.search.ranked-candidates of them, whether the archive's
 * last two calendar months hold enough of them or older claims must make up the number, and says on every page
 * whether more claims matched than it ranked.
 */
@QuarkusTest
@TestProfile(SearchCandidatesTest.ThreeCandidates.class)
public class SearchCandidatesTest {

    public static class ThreeCandidates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimdesk.search.ranked-candidates", "3");
        }
    }

    @Test
    void whenTheLastTwoMonthsHoldEnoughMatchesOlderOnesAreLeftOut() throws Exception {
        String word = TestData.searchableWord("recent");
        List<String> recent = TestData.claimsNaming(word, 3);
        List<String> old = TestData.claimsNaming(word, 2);
        backdate(old, 400);

        search(word).then().statusCode(200).body("items.id", containsInAnyOrder(recent.toArray()))
                .body("ranking.candidates", equalTo(3)).body("ranking.cutShort", equalTo(true));
    }

    @Test
    void whenTheLastTwoMonthsHoldTooFewMatchesTheNewestOlderOnesMakeUpTheNumber() throws Exception {
        String word = TestData.searchableWord("older");
        List<String> recent = TestData.claimsNaming(word, 2);
        List<String> old = TestData.claimsNaming(word, 3);
        backdate(old.subList(0, 1), 400);
        backdate(old.subList(1, 3), 500);

        search(word).then().statusCode(200)
                .body("items.id", containsInAnyOrder(recent.get(0), recent.get(1), old.get(0)))
                .body("ranking.cutShort", equalTo(true));
    }

    @Test
    void whenTheLastTwoMonthsHoldExactlyTheBoundAnOlderMatchStillCutsItShort() throws Exception {
        String word = TestData.searchableWord("exact");
        List<String> recent = TestData.claimsNaming(word, 3);
        backdate(TestData.claimsNaming(word, 1), 400);

        search(word).then().statusCode(200).body("items.id", containsInAnyOrder(recent.toArray()))
                .body("ranking.cutShort", equalTo(true));
    }

    @Test
    void asManyMatchesAsTheBoundAreNotCutShort() throws Exception {
        String recentWord = TestData.searchableWord("bound");
        List<String> recent = TestData.claimsNaming(recentWord, 3);
        String olderWord = TestData.searchableWord("boundolder");
        List<String> older = TestData.claimsNaming(olderWord, 3);
        backdate(older.subList(0, 1), 400);

        search(recentWord).then().statusCode(200).body("items.id", containsInAnyOrder(recent.toArray()))
                .body("ranking.candidates", equalTo(3)).body("ranking.cutShort", equalTo(false));
        search(olderWord).then().statusCode(200).body("items.id", containsInAnyOrder(older.toArray()))
                .body("ranking.cutShort", equalTo(false));
    }

    @Test
    void fewerMatchesThanTheBoundAreNotCutShort() {
        String word = TestData.searchableWord("few");
        TestData.claimsNaming(word, 2);

        search(word).then().statusCode(200).body("items", hasSize(2)).body("ranking.cutShort", equalTo(false));
        search(TestData.searchableWord("none")).then().statusCode(200).body("items", hasSize(0))
                .body("ranking.candidates", equalTo(3)).body("ranking.cutShort", equalTo(false));
    }

    @Test
    void everyPageOfASearchCutShortSaysSo() throws Exception {
        String word = TestData.searchableWord("paged");
        List<String> recent = TestData.claimsNaming(word, 3);
        backdate(TestData.claimsNaming(word, 2), 400);

        List<String> listed = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("q", word).queryParam("limit", 1)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/v1/claims")
                    .then().statusCode(200).body("items", hasSize(1))
                    .body("ranking.candidates", equalTo(3)).body("ranking.cutShort", equalTo(true))
                    .extract().jsonPath();
            listed.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(3, listed.size());
        assertThat(listed, containsInAnyOrder(recent.toArray()));

        // Past the end of the ranked list, as when newer claims pushed the rest out since the previous page.
        String pastTheEnd = Cursor.of(0.0f, new UUID(0, 0)).encode();
        given().queryParam("q", word).queryParam("cursor", pastTheEnd).get("/api/v1/claims").then().statusCode(200)
                .body("items", hasSize(0)).body("ranking.cutShort", equalTo(true));
        String few = TestData.searchableWord("fewpaged");
        TestData.claimsNaming(few, 2);
        given().queryParam("q", few).queryParam("cursor", pastTheEnd).get("/api/v1/claims").then().statusCode(200)
                .body("items", hasSize(0)).body("ranking.cutShort", equalTo(false));
    }

    @Test
    void listsWithoutASearchCarryNoRanking() {
        String word = TestData.searchableWord("plain");
        TestData.claimsNaming(word, 1);
        String claim = TestData.claim(TestData.source(), "Plain Speaker " + TestData.unique());
        String speaker = given().get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("speaker.id");

        given().queryParam("kind", "STATEMENT").queryParam("limit", 1).get("/api/v1/claims").then().statusCode(200)
                .body("items", hasSize(1)).body("$", not(hasKey("ranking")));
        given().get("/api/v1/actors/" + speaker + "/claims").then().statusCode(200)
                .body("items[0].id", equalTo(claim)).body("$", not(hasKey("ranking")));
        search(word).then().statusCode(200).body("ranking", not(nullValue()));
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
