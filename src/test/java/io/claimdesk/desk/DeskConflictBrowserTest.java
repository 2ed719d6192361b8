package io.claimdesk.desk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.claimdesk.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Two reviewers in two browsers working on the same claim: the later write is refused, not overwriting. */
@QuarkusTest
class DeskConflictBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private static Browser first;
    private static Browser second;

    @BeforeAll
    static void requireBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    static void stopBrowsers() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aChangeBasedOnAStaleClaimIsRefusedAndTheNewStateShown() {
        String claimId = TestData.claim(TestData.source(), "Conflict Agency " + TestData.unique());
        first = new Browser(root);
        second = new Browser(root);
        first.load("#/claims/" + claimId);
        first.signIn("c.one", "reviewer");
        second.load("#/claims/" + claimId);
        second.signIn("c.two", "reviewer");

        first.act(By.id("take"), "You have taken this claim.");
        second.find(By.cssSelector("button[data-status='DISMISSED']")).click();

        second.find(By.cssSelector("#main .problem[data-status='412']"));
        assertEquals("Changed by someone else", second.find(By.cssSelector("#main .problem .problem-title")).getText());
        second.waitIdle();
        assertEquals("c.one", second.fact("Assignee"));
        assertEquals("New", second.fact("Status"));
        assertEquals("NEW", given().get("/api/v1/claims/" + claimId).then().extract().path("status"));
    }
}
