package io.claimdesk.extraction;

import static io.claimdesk.extraction.Claims.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMetadataTest {

    private static final String BODY = "The city council voted on Tuesday to expand the tram network to the eastern districts, "
            + "and the work is expected to start in the autumn of next year.";

    @Test
    void titleIsTheFirstSubstantialLineAfterBreadcrumbs() {
        ArticleMetadata metadata = extract("Home » City » Transport\n\nCouncil approves eastern tram extension\n\n" + BODY).metadata();

        assertEquals("Council approves eastern tram extension", metadata.title());
    }

    @Test
    void bylineWithColonGivesTheAuthor() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\nBy: Maria Fontaine\n\n" + BODY).metadata();

        assertEquals(List.of("Maria Fontaine"), metadata.authors());
    }

    @Test
    void upperCaseBylineWithSeveralNamesIsNormalized() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\n\n" + BODY
                + "\n\nBY SEO JI-HOON,KANG MI-RAE [seo.jihoon@dailyexample.co.kr]").metadata();

        assertEquals(List.of("Seo Ji-hoon", "Kang Mi-rae"), metadata.authors());
    }

    @Test
    void reporterAndCorrespondentLinesGiveAuthors() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\n\n" + BODY
                + "\n\nBerlin = Correspondent Han Yu-jin [email protected]\nReporter Oh Se-ra osr@example.co.kr").metadata();

        assertEquals(List.of("Han Yu-jin", "Oh Se-ra"), metadata.authors());
    }

    @Test
    void lowerCaseSiteBylineIsKeptOnlyWithoutNamedReporters() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\n\nby city desk bot\n\n" + BODY).metadata();

        assertEquals(List.of("city desk bot"), metadata.authors());
    }

    @Test
    void copyrightLineGivesThePublisher() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\n\n" + BODY
                + "\n\n© The Riverside Gazette(www.riverside.example). All rights reserved.").metadata();

        assertEquals("The Riverside Gazette", metadata.publisher());
    }

    @Test
    void outletNamedLikeTheReportersMailDomainIsThePublisher() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\n\n" + BODY
                + "\n\nBY ANNA VOSS [anna.voss@harborherald.example]\nShare your view with the Harbor Herald\nLeave a Comment")
                .metadata();

        assertEquals("Harbor Herald", metadata.publisher());
    }

    @Test
    void postedAtLineGivesThePublicationDate() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\nPost At: Mar 04/2025 09:15AM\n\n" + BODY).metadata();

        assertEquals(LocalDate.of(2025, 3, 4), metadata.publishedAt());
    }

    @Test
    void englishTextIsEnglishAndUnknownFieldsStayNull() {
        ArticleMetadata metadata = extract("Council approves eastern tram extension\n\n" + BODY).metadata();

        assertEquals("en", metadata.language());
        assertNull(metadata.publisher());
        assertNull(metadata.publishedAt());
    }
}
