package io.claimdesk.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceUrlsTest {

    @Test
    void lowercasesSchemeAndHostAndDropsFragmentAndTracking() {
        assertEquals("https://news.example.org/world/article?id=7",
                SourceUrls.normalize("HTTPS://News.Example.ORG/world/article/?utm_source=x&id=7&fbclid=abc#comments").orElseThrow());
    }

    @Test
    void dropsDefaultPortsButKeepsOthers() {
        assertEquals("http://example.org/a", SourceUrls.normalize("http://example.org:80/a").orElseThrow());
        assertEquals("https://example.org:8443/a", SourceUrls.normalize("https://example.org:8443/a").orElseThrow());
    }

    @Test
    void sortsQueryParametersSoTheirOrderDoesNotMatter() {
        assertEquals(SourceUrls.normalize("https://example.org/a?b=2&a=1"), SourceUrls.normalize("https://example.org/a?a=1&b=2"));
    }

    @Test
    void rootPathIsKept() {
        assertEquals("https://example.org/", SourceUrls.normalize("https://example.org").orElseThrow());
    }

    @Test
    void refusesWhatIsNotAnAbsoluteWebUrl() {
        assertTrue(SourceUrls.normalize("ftp://example.org/a").isEmpty());
        assertTrue(SourceUrls.normalize("/relative/path").isEmpty());
        assertTrue(SourceUrls.normalize("not a url").isEmpty());
        assertTrue(SourceUrls.normalize("https://").isEmpty());
    }
}
