package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** scripts/dev-token.sh prints tokens that the dev and test profiles accept. */
@QuarkusTest
class DevTokenScriptTest {

    private record Run(int exit, String out) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "finished");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    private static boolean available(String tool) {
        try {
            return run("bash", "-c", "command -v " + tool).exit() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String token(String user, String roles) throws IOException, InterruptedException {
        assumeTrue(available("bash") && available("openssl"), "bash and openssl are needed to run scripts/dev-token.sh");
        Run run = run("bash", "scripts/dev-token.sh", user, roles);
        assertEquals(0, run.exit(), run.out());
        return run.out();
    }

    @Test
    void itsTokenIdentifiesTheUserWithTheGivenRoles() throws IOException, InterruptedException {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String token = token("script.user", "reviewer");
        given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("verdict", "TRUE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(201).body("reviewer", equalTo("script.user"));
        given().header("Authorization", Tokens.bearer(token)).post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(403);
    }

    @Test
    void itGrantsSeveralRolesSeparatedByCommas() throws IOException, InterruptedException {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        TestData.approvedReview(claim, "TRUE", "CONFIRMED");
        given().header("Authorization", Tokens.bearer(token("script.editor", "reviewer,editor")))
                .post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(201).body("publishedBy", equalTo("script.editor"));
    }

    @Test
    void itRefusesNamesThatWouldBreakTheToken() throws IOException, InterruptedException {
        assumeTrue(available("bash") && available("openssl"), "bash and openssl are needed to run scripts/dev-token.sh");
        for (List<String> arguments : List.of(List.of("a\"b", "reviewer"), List.of("user"))) {
            String[] command = new String[arguments.size() + 2];
            command[0] = "bash";
            command[1] = "scripts/dev-token.sh";
            for (int i = 0; i < arguments.size(); i++) {
                command[i + 2] = arguments.get(i);
            }
            assertEquals(64, run(command).exit(), String.join(" ", arguments));
        }
    }
}
