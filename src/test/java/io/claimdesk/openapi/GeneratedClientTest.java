package io.claimdesk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.claimdesk.client.ApiClient;
import io.claimdesk.client.ApiException;
import io.claimdesk.client.api.ClaimsApi;
import io.claimdesk.client.api.PublishingApi;
import io.claimdesk.client.api.ReviewsApi;
import io.claimdesk.client.api.SourcesApi;
import io.claimdesk.client.model.AttributionVerdict;
import io.claimdesk.client.model.ClaimDetail;
import io.claimdesk.client.model.ClaimKind;
import io.claimdesk.client.model.ClaimReview;
import io.claimdesk.client.model.ClaimStatus;
import io.claimdesk.client.model.NewClaim;
import io.claimdesk.client.model.NewReview;
import io.claimdesk.client.model.NewSource;
import io.claimdesk.client.model.PublicationView;
import io.claimdesk.client.model.QuoteSelector;
import io.claimdesk.client.model.ReviewView;
import io.claimdesk.client.model.SourceView;
import io.claimdesk.client.model.SpeakerInput;
import io.claimdesk.client.model.Verdict;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client generated from openapi/openapi.yaml by the build drives the service: the published contract is one a
 * code generator can use, and what the service sends fits the types generated from it.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL service;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", Tokens.bearer(token)));
        // A property the contract does not name would be lost on clients: refuse it here.
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    @Test
    void aGeneratedClientStoresAnArticleRecordsReviewsApprovesAndPublishesAClaim() throws ApiException {
        ApiClient editor = client(Tokens.of("e.kim", "editor", "reviewer"));

        SourceView source = new SourcesApi(editor).createSource(new NewSource()
                .title("Generated client " + TestData.unique())
                .text("Article " + TestData.unique() + ".\n\n" + TestData.TROOPS_SENTENCE + "\n"), false);
        assertNull(source.getUrl(), "a source stored without a URL has none");

        ClaimDetail claim = new ClaimsApi(editor).createClaim(new NewClaim()
                .kind(ClaimKind.STATEMENT)
                .speaker(new SpeakerInput().name("Speaker " + TestData.unique()))
                .sourceId(source.getId())
                .quote(new QuoteSelector().exact(TestData.TROOPS_QUOTE)), false);
        assertEquals(ClaimStatus.NEW, claim.getStatus());
        assertNull(claim.getVerdict());
        assertNull(claim.getPublication());
        assertEquals(source.getId(), claim.getAppearances().get(0).getSource().getId());

        ReviewView review = new ReviewsApi(editor).addReview(claim.getId(), new NewReview()
                .verdict(Verdict.MOSTLY_TRUE)
                .attribution(AttributionVerdict.CONFIRMED)
                .rationale("Consistent with later intelligence estimates"));
        assertEquals(Verdict.MOSTLY_TRUE, review.getVerdict());
        assertEquals(ClaimStatus.REVIEWED, new ClaimsApi(editor).getClaim(claim.getId()).getStatus());
        new ReviewsApi(client(Tokens.of("r.lee", "reviewer"))).approveReview(claim.getId(), review.getId());

        PublicationView publication = new PublishingApi(editor).publishClaim(claim.getId());
        assertEquals(claim.getId(), publication.getClaimId());
        assertNull(publication.getRetractedAt());

        ClaimReview claimReview = new PublishingApi(client(Tokens.of("reader"))).getClaimReview(claim.getId());
        assertEquals("ClaimReview", claimReview.getAtType());
        assertEquals(publication.getUrl(), claimReview.getUrl());
        assertEquals(4, claimReview.getReviewRating().getRatingValue());
        assertNotNull(claimReview.getItemReviewed().getFirstAppearance());
    }

    @Test
    void aGeneratedClientGetsRefusalsAsProblems() {
        ApiClient reader = client(Tokens.of("reader"));
        ApiException refused = assertThrows(ApiException.class,
                () -> new ClaimsApi(reader).createClaim(new NewClaim().kind(ClaimKind.QUOTE).text("Not allowed"), false));
        assertEquals(403, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
