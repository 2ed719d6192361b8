package io.claimdesk.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ActorResourceTest {

    private static String create(String name, String... aliases) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "ORGANIZATION", "description", "Test body", "aliases", List.of(aliases)))
                .post("/api/v1/actors")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/actors/"))
                .extract().path("id");
    }

    @Test
    void createsAnActorWithAliases() {
        String name = "Intelligence Directorate " + TestData.unique();
        String id = create(name, "ID-" + TestData.unique());
        given().get("/api/v1/actors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"0\""))
                .body("name", equalTo(name))
                .body("kind", equalTo("ORGANIZATION"))
                .body("aliases", hasSize(1));
    }

    @Test
    void namesAndAliasesAreUniqueWhateverTheirCase() {
        String name = "Unique Name " + TestData.unique();
        String alias = "UN-" + TestData.unique();
        String id = create(name, alias);
        given().contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase(), "kind", "PERSON"))
                .post("/api/v1/actors").then().statusCode(409).body("existingId", equalTo(id));
        given().contentType(ContentType.JSON).body(Map.of("name", "Other " + TestData.unique(), "kind", "PERSON",
                "aliases", List.of(alias.toLowerCase())))
                .post("/api/v1/actors").then().statusCode(409).body("existingId", equalTo(id));
        given().contentType(ContentType.JSON).body(Map.of("name", alias.toLowerCase(), "kind", "PERSON"))
                .post("/api/v1/actors").then().statusCode(409);
    }

    @Test
    void refusesAnActorWithoutNameOrKind() {
        given().contentType(ContentType.JSON).body(Map.of("description", "nobody"))
                .post("/api/v1/actors")
                .then().statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "ALIEN"))
                .post("/api/v1/actors")
                .then().statusCode(400)
                .body("detail", containsString("PERSON"));
    }

    @Test
    void patchNeedsTheCurrentETag() {
        String id = create("Patchable " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("description", "New role"))
                .patch("/api/v1/actors/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"7\"").body(Map.of("description", "New role"))
                .patch("/api/v1/actors/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/actors/" + id))
                .body(Map.of("description", "New role", "aliases", List.of("Alias " + TestData.unique())))
                .patch("/api/v1/actors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("description", equalTo("New role"))
                .body("aliases", hasSize(1));
    }

    @Test
    void patchCannotTakeAnotherActorsName() {
        String taken = "Taken " + TestData.unique();
        create(taken);
        String id = create("Renamed " + TestData.unique());
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/actors/" + id))
                .body(Map.of("name", taken.toLowerCase()))
                .patch("/api/v1/actors/" + id).then().statusCode(409);
    }

    @Test
    void findsActorsByPartOfANameOrAliasAlphabetically() {
        String marker = TestData.unique();
        create("Zulu Office " + marker);
        create("Alpha Office " + marker);
        create("Bravo", "Bravo Office " + marker);
        given().queryParam("q", marker.toUpperCase()).get("/api/v1/actors")
                .then().statusCode(200)
                .body("items.name", contains("Alpha Office " + marker, "Bravo", "Zulu Office " + marker));
        given().queryParam("q", marker).queryParam("limit", 2).get("/api/v1/actors")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue());
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        given().queryParam("q", "%_%").get("/api/v1/actors").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void mergingMovesClaimsAndNamesToTheSurvivingActor() {
        String marker = TestData.unique();
        String survivor = create("Kim Jong-un " + marker);
        String duplicate = create("Kim Jong Un " + marker, "KJU " + marker);
        String claim = TestData.claim(TestData.source(), "KJU " + marker);
        given().contentType(ContentType.JSON).body(Map.of("actorId", duplicate))
                .post("/api/v1/actors/" + survivor + "/merge")
                .then().statusCode(200)
                .body("aliases", hasItem("Kim Jong Un " + marker))
                .body("aliases", hasItem("KJU " + marker));
        given().get("/api/v1/actors/" + duplicate).then().statusCode(404);
        given().get("/api/v1/claims/" + claim).then().body("speaker.id", equalTo(survivor));
        given().get("/api/v1/actors/" + survivor + "/claims").then().body("items.id", contains(claim));
    }

    @Test
    void mergingIntoItselfOrFromNowhereIsRefused() {
        String actor = create("Lonely " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("actorId", actor))
                .post("/api/v1/actors/" + actor + "/merge").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("actorId", "00000000-0000-0000-0000-000000000000"))
                .post("/api/v1/actors/" + actor + "/merge").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("actorId", actor))
                .post("/api/v1/actors/00000000-0000-0000-0000-000000000000/merge").then().statusCode(404);
    }

    @Test
    void listsTheClaimsOfAnActor() {
        String speaker = "Speaker " + TestData.unique();
        String claim = TestData.claim(TestData.source(), speaker);
        String actorId = given().get("/api/v1/claims/" + claim).then().extract().path("speaker.id");
        given().get("/api/v1/actors/" + actorId + "/claims")
                .then().statusCode(200)
                .body("items.id", contains(claim));
        given().get("/api/v1/actors/00000000-0000-0000-0000-000000000000/claims").then().statusCode(404);
    }
}
