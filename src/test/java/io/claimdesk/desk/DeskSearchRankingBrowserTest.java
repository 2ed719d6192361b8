package io.claimdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.claimdesk.TestData;
import io.claimdesk.claims.SearchCandidatesTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A search that matched more claims than it ranked says so on the desk, and one that ranked every match does not. */
@QuarkusTest
@TestProfile(SearchCandidatesTest.ThreeCandidates.class)
class DeskSearchRankingBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private static Browser browser;

    @BeforeAll
    static void requireBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSearchRankedAmongFewerClaimsThanMatchedSaysSoAndOneThatRankedThemAllDoesNot() {
        String broad = TestData.searchableWord("broad");
        TestData.claimsNaming(broad, 4);
        String narrow = TestData.searchableWord("narrow");
        TestData.claimsNaming(narrow, 2);
        browser = new Browser(root);

        browser.load("#/claims?q=" + broad);
        WebElement note = browser.find(By.cssSelector(".ranking-note:not([hidden])"));
        assertTrue(note.getText().contains("the best of the 3 newest matches"), note.getText());
        assertEquals(3L, browser.js("return document.querySelectorAll('.claim-row').length"));

        browser.load("#/claims?q=" + narrow);
        browser.waitIdle();
        assertEquals(2L, browser.js("return document.querySelectorAll('.claim-row').length"));
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.ranking-note').hidden"));
    }
}
