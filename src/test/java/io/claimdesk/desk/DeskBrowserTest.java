package io.claimdesk.desk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The review desk in a real browser, against the running service and its database. */
@QuarkusTest
class DeskBrowserTest {

    private static final String TROOPS_ARTICLE = "src/main/resources/samples/002_06944bffa7e5bff6.txt";

    @TestHTTPResource("/")
    URL root;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeInstalled();
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(root);
        }
        return browser;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aReviewerTakesTheTroopsQuoteFromTheArticleToAPublishedClaimReview() throws IOException {
        String text = Files.readString(Path.of(TROOPS_ARTICLE)) + "\n\nDesk copy " + TestData.unique() + ".\n";
        String sourceId = given().contentType(ContentType.JSON).queryParam("extract", true)
                .body(Map.of("text", text)).post("/api/v1/sources")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> troops = given().get("/api/v1/sources/" + sourceId + "/claims?limit=200")
                .then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.quote.exact.contains('12,000 North Korean soldiers') }");
        String claimId = (String) troops.get("id");
        @SuppressWarnings("unchecked")
        Map<String, Object> quote = (Map<String, Object>) troops.get("quote");

        Browser b = browser();
        b.load("#/sources/" + sourceId);
        WebElement highlight = b.find(By.cssSelector("a.highlight[data-claim-id='" + claimId + "']"));
        assertEquals(quote.get("exact"), highlight.getText());
        assertTrue(highlight.getText().contains("about 12,000 North Korean soldiers"));
        Object offset = b.js("""
                const text = document.querySelector('.article-text');
                const range = document.createRange();
                range.setStart(text, 0);
                range.setEndBefore(arguments[0]);
                return range.toString().length;""", highlight);
        assertEquals(((Number) quote.get("start")).longValue(), ((Number) offset).longValue());
        b.signIn("r.ana", "reviewer");
        b.screenshot("article");

        b.find(By.cssSelector("a.highlight[data-claim-id='" + claimId + "']")).click();
        b.waitForRoute("#/claims/" + claimId);
        b.act(By.id("take"), "You have taken this claim.");
        assertEquals("r.ana", b.fact("Assignee"));
        new Select(b.find(By.id("verdict"))).selectByVisibleText("Mostly true");
        new Select(b.find(By.id("attribution"))).selectByVisibleText("Confirmed");
        b.find(By.id("rationale")).sendKeys("The agency's figure matches the numbers reported by South Korea.");
        b.act(By.id("post-review"), "Review posted.");
        assertEquals("Reviewed", b.fact("Status"));
        assertEquals("Mostly true", b.fact("Verdict"));
        b.screenshot("claim");

        b.signIn("r.ben", "reviewer");
        b.act(By.id("approve"), "You approved the review.");
        assertTrue(b.find(By.cssSelector(".reviews .approvals")).getText().contains("r.ben"));

        b.signIn("e.cho", "editor");
        b.act(By.id("publish"), "Published.");

        b.driver.findElement(By.linkText("Published")).click();
        b.waitForRoute("#/published");
        b.find(By.cssSelector(".claim-row[data-claim-id='" + claimId + "'] a")).click();
        b.waitForRoute("#/published/" + claimId);
        assertEquals(given().get("/api/v1/claims/" + claimId).then().extract().path("text"),
                b.find(By.cssSelector(".claim-reviewed")).getText());
        assertEquals("Mostly true", b.find(By.cssSelector(".rating-name")).getText());
        assertTrue(b.find(By.cssSelector("pre.json")).getText().contains("\"@type\": \"ClaimReview\""));
        b.screenshot("published");

        b.go("#/claims?sourceId=" + sourceId);
        b.find(By.cssSelector(".claim-row[data-claim-id='" + claimId + "']"));
        b.screenshot("claims");
    }

    @Test
    void markupInArticlesAndClaimsIsShownAsText() {
        String markup = "<img src=x onerror=\"window.injected = true\"> and <script>window.injected = true</script>";
        String sourceId = TestData.source("Report " + TestData.unique() + ".\n\nThe spokesman said " + markup + " was all.\n");
        String claimId = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "QUOTE", "speaker", Map.of("name", "<b>Spokesman</b> " + TestData.unique()),
                        "sourceId", sourceId, "quote", Map.of("exact", markup)))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");

        Browser b = browser();
        b.load("#/sources/" + sourceId);
        assertEquals(markup, b.find(By.cssSelector("a.highlight[data-claim-id='" + claimId + "']")).getText());
        b.go("#/claims/" + claimId);
        assertEquals(markup, b.find(By.cssSelector("h1.claim-heading")).getText());
        assertTrue(b.find(By.cssSelector(".speaker-name")).getText().startsWith("<b>Spokesman</b>"));
        assertTrue(b.driver.findElements(By.cssSelector("#main img, #main script, #main b")).isEmpty());
        assertNull(b.js("return window.injected"));
    }

    @Test
    void theReviewFormWorksByKeyboardAlone() {
        String claimId = TestData.claim(TestData.source(), "Keyboard Agency " + TestData.unique());
        Browser b = browser();
        b.load("#/claims/" + claimId);
        b.signIn("k.lim", "reviewer");

        WebElement verdict = tabTo(b, "verdict");
        tabTo(b, "post-review").sendKeys(Keys.ENTER);
        b.find(By.cssSelector(".review-form .problem"));
        assertTrue(b.find(By.cssSelector("[data-field='rationale'] .violation")).isDisplayed());

        verdict = tabTo(b, "verdict");
        verdict.sendKeys("False");
        b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        b.driver.switchTo().activeElement().sendKeys("Misattributed");
        b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement rationale = b.driver.switchTo().activeElement();
        assertEquals("rationale", rationale.getAttribute("id"));
        rationale.sendKeys("The ministry never said this; the quote is from a commentator.");
        WebElement submit = tabTo(b, "post-review");
        assertNotEquals("none", b.js("return getComputedStyle(document.activeElement).outlineStyle"));
        submit.sendKeys(Keys.ENTER);
        b.awaitNotice("Review posted.");
        assertEquals("False", b.fact("Verdict"));
        assertEquals("Misattributed", b.fact("Attribution"));
    }

    /** Presses Tab until the element with the id has the focus. */
    private static WebElement tabTo(Browser b, String id) {
        for (int i = 0; i < 300; i++) {
            WebElement focused = b.driver.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    @Test
    void theClaimsAndAClaimFitA375PixelWideScreen() {
        String claimId = TestData.claim(TestData.source(), "Narrow Agency " + TestData.unique());
        Browser b = browser();
        b.load("#/claims");
        try {
            b.narrow(375);
            b.signIn("n.ro", "reviewer");
            b.wait.until(d -> Long.valueOf(375).equals(b.js("return window.innerWidth")));
            assertEquals(0L, b.js("return document.documentElement.scrollWidth - window.innerWidth"));
            b.go("#/claims/" + claimId);
            b.find(By.id("verdict"));
            assertEquals(0L, b.js("return document.documentElement.scrollWidth - window.innerWidth"));
            b.screenshot("claim-narrow");
        } finally {
            b.wide();
        }
    }

    @Test
    void theMainViewsHaveNoSeriousAccessibilityViolations() {
        String sourceId = TestData.source();
        String claimId = TestData.claim(sourceId, "Accessible Agency " + TestData.unique());
        Browser b = browser();
        b.load("#/claims");
        b.signIn("a.xe", "editor");
        for (String route : List.of("#/claims", "#/sources/" + sourceId, "#/claims/" + claimId, "#/import", "#/published")) {
            b.go(route);
            assertEquals(List.of(), b.accessibilityViolations(), route);
        }
    }

    @Test
    void anEditorBringsInAnArticleAndAcceptsOneSuggestionAndDismissesAnother() throws IOException {
        String text = Files.readString(Path.of(TROOPS_ARTICLE)) + "\n\nImported copy " + TestData.unique() + ".\n";
        Browser b = browser();
        b.load("#/claims");
        b.signIn("i.moon", "editor");
        b.go("#/import");
        // Pasting: the whole article at once, as a paste does, rather than key by key.
        b.js("const area = arguments[0]; area.value = arguments[1]; area.dispatchEvent(new Event('input'));",
                b.find(By.cssSelector("textarea[name='text']")), text);
        b.find(By.cssSelector("input[name='title']")).sendKeys("Troops article, imported");
        b.screenshot("import");
        b.find(By.cssSelector("form[aria-label='Bring in an article'] button[type='submit']")).click();
        b.wait.until(d -> Boolean.TRUE.equals(b.js("return /^#\\/sources\\/[0-9a-f-]{36}$/.test(location.hash)")));
        String sourceId = b.js("return location.hash.split('/')[2]").toString();
        b.waitForRoute("#/sources/" + sourceId);
        assertEquals("Troops article, imported", b.find(By.tagName("h1")).getText());

        List<WebElement> suggestions = b.driver.findElements(By.cssSelector(".source-claim:has(.suggestion)"));
        assertTrue(suggestions.size() >= 2, "suggested claims: " + suggestions.size());
        String accepted = suggestions.get(0).getAttribute("data-claim-id");
        String dismissed = suggestions.get(1).getAttribute("data-claim-id");
        suggestions.get(0).findElement(By.cssSelector("button.accept")).click();
        b.awaitNotice("Accepted");
        b.find(By.cssSelector(".source-claim[data-claim-id='" + dismissed + "'] button.dismiss")).click();
        b.awaitNotice("Dismissed");
        assertEquals("IN_REVIEW", given().get("/api/v1/claims/" + accepted).then().extract().path("status"));
        assertEquals("DISMISSED", given().get("/api/v1/claims/" + dismissed).then().extract().path("status"));
    }

    @Test
    void aQuoteWhoseAnchorNoLongerMatchesTheTextIsReportedNotHighlighted() {
        Browser b = browser();
        b.load("#/claims");
        @SuppressWarnings("unchecked")
        Map<String, Object> anchored = (Map<String, Object>) b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/desk/sources.js').then(({ anchorClaims }) => {
                  const text = 'The minister said 3,000 troops left. Later he said 4,000.';
                  const claim = (id, start, end, exact) => ({ id, quote: { start, end, exact } });
                  const result = anchorClaims(text, [
                    claim('right', 18, 30, '3,000 troops'),
                    claim('moved', 18, 30, '4,000 troops'),
                    claim('overlapping', 24, 35, 'troops left'),
                    { id: 'unanchored' }]);
                  done({ placed: result.placed.map(c => c.id), unplaced: result.unplaced.map(u => u.claim.id + ': ' + u.reason),
                    unanchored: result.unanchored.map(c => c.id) });
                });""");
        assertEquals(List.of("right"), anchored.get("placed"));
        assertEquals(List.of("moved: Its quote no longer matches the article text at its anchor",
                "overlapping: Its quote overlaps another highlighted quote"), anchored.get("unplaced"));
        assertEquals(List.of("unanchored"), anchored.get("unanchored"));
    }
}
