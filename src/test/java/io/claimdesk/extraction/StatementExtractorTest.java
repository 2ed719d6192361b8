package io.claimdesk.extraction;

import static io.claimdesk.extraction.Claims.extract;
import static io.claimdesk.extraction.Claims.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {

    @Test
    void accordingToOpeningASentenceIsAStatementOfItsSource() {
        Extraction extraction = extract("According to the Coastal Guard, about 3,400 people were evacuated from the islands overnight.");

        ExtractedClaim claim = statement(extraction, "people were evacuated");
        assertEquals("about 3,400 people were evacuated from the islands overnight", claim.text());
        assertEquals("Coastal Guard", claim.speaker().name());
        assertEquals("according to", claim.cue());
        assertEquals(SpeechMode.INDIRECT, claim.mode());
        assertEquals(new FigureMention(new BigDecimal("3400"), "people"), claim.figures().get(0));
    }

    @Test
    void aThatAfterTheReportedClauseOpensARelativeClauseInsideIt() {
        Extraction extraction = extract("Lindqvist says Okafor ran a very disciplined campaign in Ohio that led to her win in the primary. "
                + "Okafor said on Monday that the recount would start next week.");

        ExtractedClaim claim = statement(extraction, "led to her win");
        assertEquals("Okafor ran a very disciplined campaign in Ohio that led to her win in the primary", claim.text());
        assertEquals("Lindqvist", claim.speaker().name());
        assertEquals("the recount would start next week", statement(extraction, "recount").text());
    }

    @Test
    void aPlaceInTheAppositiveOfTheSubjectIsNoSpeaker() {
        Extraction extraction = extract("Dana Whitlock, a 55-year-old salesman from Sumter, South Carolina, said the new plant "
                + "would bring 400 jobs to the county.");

        ExtractedClaim claim = statement(extraction, "new plant");
        assertEquals("Dana Whitlock", claim.speaker().name());
    }

    @Test
    void anUnnamedDepartmentAsSourceIsAGovernmentBody() {
        Extraction extraction = extract("According to the city's water department, usage fell 9 percent last summer.");

        ExtractedClaim claim = statement(extraction, "usage fell");
        assertEquals("the city's water department", claim.speaker().name());
        assertEquals(SpeakerKind.GOVERNMENT, claim.speaker().kind());
    }

    @Test
    void aSpokesmanForANamedChamberSpeaksForIt() {
        Extraction extraction = extract("A spokesman for the Millbrook Chamber of Commerce said local shops supported the plan.");

        ExtractedClaim claim = statement(extraction, "local shops supported");
        assertEquals("Millbrook Chamber of Commerce", claim.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, claim.speaker().kind());
    }

    @Test
    void toldReportersWithoutThatReportsTheClauseAfterTheAudience() {
        Extraction extraction = extract("Spokeswoman Ines Varga told reporters the ferry service would resume on Friday. "
                + "Varga told reporters to expect long queues at the harbor.");

        ExtractedClaim claim = statement(extraction, "ferry service");
        assertEquals("the ferry service would resume on Friday", claim.text());
        assertEquals("Ines Varga", claim.speaker().name());
        assertEquals(1, Claims.statements(extraction).size(), "an instruction to reporters is no statement");
    }

    @Test
    void anUnnamedBodyWithAnAsideHoldingANumberIsTheSpeaker() {
        Extraction extraction = extract("The regional nurses union, which has about 12,500 members, said it would strike in March.");

        ExtractedClaim claim = statement(extraction, "strike in March");
        assertEquals("The regional nurses union", claim.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, claim.speaker().kind());
    }

        @Test
    void aFindingThatIsAStatementOfWhoFoundIt() {
        Extraction extraction = extract("A 2019 survey by the Harbor Research Institute found that 41 percent of boats were uninsured. "
                + "Police found the stolen boat near the pier on Sunday morning.");

        ExtractedClaim claim = statement(extraction, "percent of boats");
        assertEquals("Harbor Research Institute", claim.speaker().name());
        assertEquals(1, Claims.statements(extraction).size(), "finding a thing reports nothing");
    }

        @Test
    void announcedThatGivesTheReportedContent() {
        Extraction extraction = extract("The Transport Ministry announced that the northern rail line will reopen on Monday.");

        ExtractedClaim claim = statement(extraction, "rail line will reopen");
        assertEquals("the northern rail line will reopen on Monday", claim.text());
        assertEquals("announced", claim.cue());
        assertEquals(SpeakerKind.GOVERNMENT, claim.speaker().kind());
    }

    @Test
    void saidWithoutQuotationMarksIsAStatement() {
        Extraction extraction = extract("Professor Alan Whitcombe said the bridge had been inspected only twice in ten years.");

        ExtractedClaim claim = statement(extraction, "the bridge had been inspected");
        assertEquals("Alan Whitcombe", claim.speaker().name());
        assertEquals("said", claim.cue());
    }

    @Test
    void trailingAttributionNamesTheSourceOfTheSentence() {
        Extraction extraction = extract("Judge Miriam Solberg opened the hearing.\n\n"
                + "The defense will need more time to review the new evidence, Solberg said.");

        ExtractedClaim claim = statement(extraction, "The defense will need");
        assertEquals("Miriam Solberg", claim.speaker().name());
        assertTrue(claim.text().endsWith("new evidence"), claim.text());
    }

    @Test
    void aTrailingCueBeforeItsAgentNamesTheSourceOfTheSentence() {
        Extraction extraction = extract("Turnout in Alabama reached a record on Tuesday.\n\n"
                + "The polarizing race has helped drive voters to the polls, said Steven Taylor, a "
                + "chairman of the political science department at Troy University.\n\n"
                + "Lina Ortiz, a nurse from Tucson, says the clinic will close in June.");

        ExtractedClaim claim = statement(extraction, "helped drive voters");
        assertEquals("Steven Taylor", claim.speaker().name());
        assertEquals("The polarizing race has helped drive voters to the polls", claim.text());
        assertEquals("said", claim.cue());
        assertEquals("Lina Ortiz", statement(extraction, "clinic will close").speaker().name());
    }

    @Test
    void anyReportingVerbClosingTheSentenceNamesItsSourceEvenADescribedOne() {
        Extraction extraction = extract("A new study was released on Monday.\n\n"
                + "Nonwhite voters in the region move left, eroding support for moderates in both parties, the study "
                + "concluded.\n\n"
                + "Such a move could alienate the governor's backers, Delgado allies believe.");

        ExtractedClaim concluded = statement(extraction, "Nonwhite voters");
        assertEquals("the study", concluded.speaker().name());
        assertEquals("concluded", concluded.cue());
        assertEquals("Delgado allies", statement(extraction, "alienate the governor's backers").speaker().name());
    }

    @Test
    void accordingToInsideASentenceReportsTheWordsOnBothSides() {
        Extraction extraction = extract("Lawmakers questioned the contracts on Monday.\n\n"
                + "The firm receives, according to one report, $234 million in security contracts from the department.");

        ExtractedClaim claim = statement(extraction, "security contracts");
        assertEquals("one report", claim.speaker().name());
        assertEquals("according to", claim.cue());
        assertTrue(claim.text().startsWith("The firm receives"), claim.text());
    }

    @Test
    void beliefsAndExpectationsOfANamedSourceAreStatements() {
        Extraction extraction = extract("The Finance Ministry believes that inflation will fall below three percent by the end of the year.");

        ExtractedClaim claim = statement(extraction, "inflation will fall");
        assertEquals("inflation will fall below three percent by the end of the year", claim.text());
        assertEquals("believes", claim.cue());
        assertEquals(SpeechMode.INDIRECT, claim.mode());
    }

    @Test
    void aPartialQuotationInsideReportedSpeechMakesAMixedStatement() {
        Extraction extraction = extract("The Port Authority believes the two unions will likely reach a deal bordering on "
                + "“a permanent no-strike pledge for the harbor” before the summer season.");

        ExtractedClaim claim = statement(extraction, "two unions will likely reach");
        assertEquals("believes", claim.cue());
        assertEquals(SpeechMode.MIXED, claim.mode());
        assertTrue(claim.text().contains("“a permanent no-strike pledge for the harbor”"), claim.text());
    }

    @Test
    void aCountryAsSubjectSpeaksForItsGovernment() {
        Extraction extraction = extract("Japan believes the fishing quota will be cut by a third next year.");

        ExtractedClaim claim = statement(extraction, "fishing quota will be cut");
        assertEquals("Japan", claim.speaker().name());
        assertEquals(SpeakerKind.GOVERNMENT, claim.speaker().kind());
    }

    @Test
    void aDatelineIsNoPartOfTheSpeakersName() {
        Extraction extraction = extract("SEOUL, Oct. 30 (Yonhap) -- South Korea's spy agency said North Korea has sent about 3,000 more troops to Russia.");

        ExtractedClaim claim = statement(extraction, "3,000 more troops");
        assertEquals("South Korea's spy agency", claim.speaker().name());
        assertEquals(SpeakerKind.GOVERNMENT, claim.speaker().kind());
    }

    @Test
    void anAgencyIsNamedWithTheCountryThatOwnsIt() {
        Extraction extraction = extract("Ukraine’s Defense Intelligence Agency (HUR) announced on the 25th that the troops had arrived.\n\n"
                + "According to HUR, about 12,000 North Korean soldiers are being trained in eastern Russia.");

        ExtractedClaim claim = statement(extraction, "12,000 North Korean soldiers");
        assertEquals("Ukraine’s Defense Intelligence Agency", claim.speaker().name());
        assertTrue(claim.speaker().aliases().contains("HUR"), claim.speaker().aliases().toString());
        assertEquals(new FigureMention(new BigDecimal("12000"), "soldiers"), claim.figures().get(0));
    }

    @Test
    void aSubjectAndCueBetweenCommasReportTheWordsOnBothSides() {
        Extraction extraction = extract("Over the years, Senator Ola Brandt said, the harbor fees have doubled for small fishing boats.");

        ExtractedClaim claim = statement(extraction, "harbor fees");
        assertEquals("Over the years, Senator Ola Brandt said, the harbor fees have doubled for small fishing boats", claim.text());
        assertEquals("Ola Brandt", claim.speaker().name());
        assertEquals("said", claim.cue());
    }

    @Test
    void aConnectiveBeforeTheCueIsNoPartOfTheContent() {
        Extraction extraction = extract("Senator Ola Brandt spoke at the harbor. But, Brandt added, the fees will fall again next year.");

        ExtractedClaim claim = statement(extraction, "fees will fall");
        assertEquals("the fees will fall again next year", claim.text());
        assertEquals("Ola Brandt", claim.speaker().name());
    }

    @Test
    void theDotOfNoBeforeAFigureEndsNoSentence() {
        Extraction extraction = extract("Governor Ann Blake said she was not interested in the No. 2 spot on the party's ticket.");

        ExtractedClaim claim = statement(extraction, "not interested");
        assertEquals("she was not interested in the No. 2 spot on the party's ticket", claim.text());
        assertEquals("Ann Blake", claim.speaker().name());
    }

    @Test
    void aNameBeforeTheFirstCommaIsTheSubjectAndNoPartOfAContent() {
        Extraction extraction = extract("The count ended on Tuesday.\n\nPeter Lind, president and chief executive of the "
                + "Harbor Restaurant Association stated, \u201cIt is not a political problem; it is a math problem.\u201d");

        assertTrue(Claims.statements(extraction).isEmpty(), Claims.statements(extraction).toString());
        assertEquals("Peter Lind", Claims.quote(extraction, "math problem").speaker().name());
    }
}
