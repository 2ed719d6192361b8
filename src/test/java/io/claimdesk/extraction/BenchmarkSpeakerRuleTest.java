package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the benchmark decides that an extracted speaker is the speaker an annotation names. */
class BenchmarkSpeakerRuleTest {

    @Test
    void aNameWithAnHonorificOrATitleMatchesTheName() {
        assertTrue(matches("Mark Kelly", "Mr. Kelly, a retired astronaut"));
        assertTrue(matches("Jeh Johnson", "Secretary of Homeland Security Jeh Johnson"));
    }

    @Test
    void aPartyLabelInParenthesesIsNotPartOfTheName() {
        assertTrue(matches("Bobby Scott", "Rep. Bobby Scott (D-Va.)"));
        assertTrue(matches("Paul Ryan", "Speaker of the House Rep. Paul Ryan (R-WI)"));
        assertTrue(matches("Jim Smith", "Sen. Smith (R-Ohio)"));
    }

    @Test
    void aNameStandingAsTheAppositiveOfADescriptionMatches() {
        assertTrue(matches("Jake Miller", "her senior policy adviser, Jake Miller,"));
    }

    @Test
    void aSurnameFollowedByAnAppositiveMatchesTheFullName() {
        assertTrue(matches("Joe Biden", "Biden, who served as a senator for 36 years"));
        assertTrue(matches("Ann Lee", "Lee, an Obama supporter,"));
    }

    @Test
    void aNameFollowedByAnOfPhraseMatches() {
        assertTrue(matches("Ann Lee", "Gov. Ann Lee of Iowa, a Republican who backs nobody"));
        assertTrue(matches("Tom Berg", "Mr. Berg of the Budget Policy Center"));
        assertTrue(matches("Tom J. Berg", "another leading advocate, Tom J. Berg of the law firm Berg Brown"));
        assertFalse(matches("Ann Lee", "the spokesman of Ann Lee’s campaign"));
        assertFalse(matches("Ann Lee", "A man who accused Ann Lee of fraud"));
        assertFalse(matches("County Supervisor", "County Supervisor of Elections Ann Lee"));
    }

    @Test
    void aProfessorOrAMayorNamedBySurnameMatches() {
        assertTrue(matches("Ruth Alder", "Professor Alder"));
        assertTrue(matches("Ruth Alder", "Mayor Alder"));
    }

    @Test
    void aNameUsedAsAModifierOrInAnotherPersonsAppositiveDoesNotMatch() {
        assertFalse(matches("Hillary Clinton", "Hillary Clinton’s right-hand woman"));
        assertFalse(matches("Donald Trump", "a Donald Trump campaign hat"));
        assertFalse(matches("Donald Trump", "Republican Rep. Lee Zeldin of New York, a Trump supporter,"));
        assertFalse(matches("Ann Lee", "the senator, who met Lee,"));
        assertFalse(matches("Ann Lee", "lee, the river"));
    }

    private static boolean matches(String speaker, String goldName) {
        return ExtractionBenchmark.attributedTo(speaker, List.of(goldName));
    }
}
