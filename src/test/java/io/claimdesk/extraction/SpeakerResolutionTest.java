package io.claimdesk.extraction;

import static io.claimdesk.extraction.Claims.extract;
import static io.claimdesk.extraction.Claims.quote;
import static io.claimdesk.extraction.Claims.quotes;
import static io.claimdesk.extraction.Claims.statement;
import static io.claimdesk.extraction.Claims.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SpeakerResolutionTest {

    @Test
    void aStrayPossessiveEndingBeforeTheCueNamesNobody() {
        // A hang, not a slow extraction, is what the time limit catches.
        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extract("Records of the Harbor Ministry–the ’s wrote that the bridge would open next month."));

        for (ExtractedClaim claim : extraction.claims()) {
            assertFalse(claim.speaker().name().contains("’s"), claim.toString());
        }
    }

    @Test
    void pronounResolvesToNearestEarlierPersonNeverToAPronoun() {
        Extraction extraction = extract("Fire chief Roberto Salgado inspected the warehouse on Sunday.\n\n"
                + "“The sprinklers had been switched off for months,” he said.");

        ExtractedClaim claim = quote(extraction, "The sprinklers had been");
        assertEquals("Roberto Salgado", claim.speaker().name());
        assertEquals(SpeakerKind.PERSON, claim.speaker().kind());
    }

    @Test
    void pronounSkipsAPersonOfTheOtherGender() {
        Extraction extraction = extract("Mr. Daniel Okoye met Mrs. Helen Varga at the ministry.\n\n"
                + "“The agreement protects every worker in the sector,” he said.");

        assertEquals("Daniel Okoye", quote(extraction, "The agreement protects").speaker().name());
    }

    @Test
    void genderLearnedFromPronounsSteersLaterPronouns() {
        Extraction extraction = extract("Former chairman Arlo Pemberton spoke on Monday.\n\n"
                + "Senator Quinlan Ashby said she would not attend the debate.\n\n"
                + "“The party cannot afford another month like this one,” he said.");

        assertEquals("Arlo Pemberton", quote(extraction, "The party cannot afford").speaker().name());
    }

    @Test
    void aNameQualifyingANounAfterAnArticleIsNoSubjectForAPronoun() {
        Extraction extraction = extract("Halvorsen workers in Tromso are angry about the move.\n\n"
                + "Senator Maren Toft visited the town on Friday. Her ward includes the Halvorsen plant, and its jobs pay "
                + "better than most, she said. “Nobody here wants to start again somewhere else,” she said.");

        assertEquals("Maren Toft", quote(extraction, "Nobody here wants").speaker().name());
        assertEquals("Maren Toft", statement(extraction, "its jobs pay better").speaker().name());
    }

    @Test
    void whomTheSubjectSpeaksToInAnAsideIsNotTheSpeaker() {
        Extraction extraction = extract("Former mayor Ilse Brandt and Senator Tomas Vik spoke on Monday.\n\n"
                + "Brandt, speaking to Vermonters, said, “Nobody has voted yet, so nothing is decided.”");

        assertEquals("Ilse Brandt", quote(extraction, "Nobody has voted yet").speaker().name());
    }

    @Test
    void aQuotationGoingOnAfterItsCueAndTheSpeakersRoleKeepsTheSpeaker() {
        Extraction extraction = extract("The campaign opened an office at Lakeside State, a college, in March.\n\n"
                + "“We have had staff on the ground since last April,” said Ines Marlow, the campaign’s state "
                + "director, “and we have been building ties that last.”");

        assertEquals("Ines Marlow", quote(extraction, "we have been building ties").speaker().name());
    }

    @Test
    void theSubjectOfAClauseOpeningTheSentenceDoesNotIntroduceTheQuotation() {
        Extraction extraction = extract("Governor Ada Lind knew Senator Paul Orr for decades.\n\n"
                + "When Orr died in 2001, Governor Lind released the following statement:\n\n"
                + "“We offer our condolences to his family. I remember working with him in the legislature.”");

        assertEquals("Ada Lind", quote(extraction, "We offer our condolences").speaker().name());
    }

    @Test
    void whomAnOpeningParticipleClauseNamesIsNotThePronounsAntecedent() {
        Extraction extraction = extract("The actress Nora Vance spoke about the primary race on Monday.\n\n"
                + "Asked about her own vote if Senator Clara Holm wins the nomination, she replied: "
                + "“I don’t know yet. I am going to see what happens.”");

        assertEquals("Nora Vance", quote(extraction, "I am going to see").speaker().name());
    }

    @Test
    void aPlaceWordAfterTheVerbIsTheSurnameOfAPersonTheArticleNamed() {
        Extraction extraction = extract("Talk show host Martin Welsh says he may run for office one day.\n\n"
                + "“It is too early to tell,” said Welsh. “It depends on the economy.”");

        assertEquals("Martin Welsh", quote(extraction, "It is too early to tell").speaker().name());
    }

    @Test
    void theAgentAfterASentenceOpeningVerbIsTheSpeaker() {
        Extraction extraction = extract("Mourners gathered at the boxer’s home of Tom Reyes on Sunday.\n\n"
                + "The house was turned into a museum. Said Dora Pine, who grew up on the same street, "
                + "“We were all so proud of him.”");

        assertEquals("Dora Pine", quote(extraction, "We were all so proud").speaker().name());
    }

    @Test
    void aPossessorIsNotWhomAParticipleHangsOnUnlessOfWordsSaid() {
        Extraction aide = extract("In response to Senator Dale Koch’s proposal to close the border, Ada Lind’s chief aide "
                + "rallied supporters, saying: “We have to be ready to stop him.”");
        Extraction release = extract("Governor Dale Koch called for an inquiry on Monday.\n\n"
                + "Koch’s press release linked to a newspaper report, saying: “More than half the people who met the "
                + "minister gave money to her foundation.”");

        assertTrue(quotes(aide).stream().noneMatch(claim -> claim.text().contains("ready to stop him")), quotes(aide).toString());
        assertEquals("Dale Koch", quote(release, "More than half the people").speaker().name());
    }

    @Test
    void aSurnameThatIsAlsoAGivenNameTellsNoGender() {
        Extraction extraction = extract("The first two volunteers at the door are Gloria Pike and Rita Vance.\n\n"
                + "“It’s about age groups,” said Odessa James, 66, a retired cook who lives in Lake City. "
                + "She is a supporter of the senator.\n\n"
                + "“They have made up their minds, and you are not going to change them,” she said.");

        assertEquals("Odessa James", quote(extraction, "They have made up their minds").speaker().name());
    }

    @Test
    void aPersonFirstNamedByTitleAndSurnameAsSubjectIsWhomAPronounStandsFor() {
        Extraction extraction = extract("Olaf Brenner, the bureau's director, spoke on Tuesday.\n\n"
                + "Governor Haskins spoke on Monday. “I don’t think it posed a security problem,” he said.");

        assertEquals("Haskins", quote(extraction, "I don’t think it posed").speaker().name());
    }

    @Test
    void whomAnOpeningClauseNamesIsNotTheSubjectAPronounGoesOnWith() {
        Extraction extraction = extract("Mayor Paul Lind met donors in the capital this week.\n\n"
                + "Asked whether Governor Tom Reyes could win the state, Lind demurred.\n\n"
                + "“It is too early to tell who wins anything in this state,” he said.");

        assertEquals("Paul Lind", quote(extraction, "It is too early to tell").speaker().name());
    }

    @Test
    void aCommitteeWithoutANameSpeaksAsWritten() {
        Extraction extraction = extract("The party released its platform on Friday.\n\n"
                + "In a press release, the convention committee said:\n\n"
                + "“The platform goes further than any before it on the rights of workers.”");

        ExtractedClaim claim = quote(extraction, "The platform goes further");
        assertEquals("the convention committee", claim.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, claim.speaker().kind());
    }

    @Test
    void aPlaceAfterOfInTheSubjectIsNotTheSpeakerOfAQuotation() {
        Extraction extraction = extract("Stacy Baker of Columbia, South Carolina, said, “The new plant will bring jobs back to the county.”");

        assertEquals("Stacy Baker", quote(extraction, "The new plant will bring").speaker().name());
    }

    @Test
    void surnameAloneResolvesToTheFullName() {
        Extraction extraction = extract("Veteran diplomat Grace Imbali arrived in the capital.\n\n"
                + "“Nobody at the table wants another winter of war,” said Imbali.");

        assertEquals("Grace Imbali", quote(extraction, "Nobody at the table").speaker().name());
    }

    @Test
    void titleAndSurnameResolveToTheFullNameWhoseRoleMatches() {
        Extraction extraction = extract("Director Park Min-seo of the port authority met Professor Park Jae-won on Monday.\n\n"
                + "Director Park said, “The new terminal will double our container capacity by next year.”");

        assertEquals("Park Min-seo", quote(extraction, "The new terminal").speaker().name());
    }

    @Test
    void sharedFamilyNameResolvesToTheMostRecentMention() {
        Extraction extraction = extract("Party leader Lee Dong-hoon opened the congress. Later, his deputy Lee Su-bin addressed delegates.\n\n"
                + "“We must win back the young voters,” Lee said.");

        assertEquals("Lee Su-bin", quote(extraction, "We must win back").speaker().name());
    }

    @Test
    void acronymInParenthesesBecomesAliasAndResolvesLater() {
        Extraction extraction = extract("The National Weather Agency (NWA) issued a storm warning on Friday.\n\n"
                + "NWA said that “winds may reach 120 kilometers per hour along the coast.”");

        ExtractedClaim claim = quote(extraction, "winds may reach");
        assertEquals("National Weather Agency", claim.speaker().name());
        assertTrue(claim.speaker().aliases().contains("NWA"), claim.speaker().aliases().toString());
    }

    @Test
    void mediaOutletIsMedia() {
        Extraction extraction = extract("The Harbor Times reported, “Three ferries were cancelled because of the fog.”");

        ExtractedClaim claim = quote(extraction, "Three ferries");
        assertEquals("Harbor Times", claim.speaker().name());
        assertEquals(SpeakerKind.MEDIA, claim.speaker().kind());
    }

    @Test
    void unnamedSourceIsAnonymousAndItsQuoteIsKept() {
        Extraction extraction = extract("“The talks could collapse before the weekend,” a senior negotiator said.");

        ExtractedClaim claim = quote(extraction, "The talks could collapse");
        assertEquals("a senior negotiator", claim.speaker().name());
        assertEquals(SpeakerKind.ANONYMOUS, claim.speaker().kind());
    }

    @Test
    void everydayPersonNamedByRelationIsAnonymousAndItsQuoteIsKept() {
        Extraction extraction = extract("During a long argument about the election, a friend commented: "
                + "“For you, the rent is the most important reason to vote at all.”");

        ExtractedClaim claim = quote(extraction, "the rent is the most important");
        assertEquals("a friend", claim.speaker().name());
        assertEquals(SpeakerKind.ANONYMOUS, claim.speaker().kind());
    }

    @Test
    void countryAsSubjectOfAQuotationSpeaksForItsGovernment() {
        Extraction extraction = extract("On Monday, Norway said, “The fishing quota will not change this year.”");

        ExtractedClaim claim = quote(extraction, "The fishing quota");
        assertEquals("Norway", claim.speaker().name());
        assertEquals(SpeakerKind.GOVERNMENT, claim.speaker().kind());
    }

    @Test
    void collectiveAuthoritiesAreGovernment() {
        Extraction extraction = extract("Regional authorities said, “All schools will stay closed until the water is safe.”");

        ExtractedClaim claim = quote(extraction, "All schools will stay");
        assertEquals(SpeakerKind.GOVERNMENT, claim.speaker().kind());
        assertTrue(claim.speaker().name().contains("authorities"), claim.speaker().name());
    }

    @Test
    void roleBeforeTheNameGoesIntoTheDescription() {
        Extraction extraction = extract("Energy Ministry spokeswoman Ines Duarte said, “Prices will be reviewed every quarter from now on.”");

        ExtractedClaim claim = quote(extraction, "Prices will be reviewed");
        assertEquals("Ines Duarte", claim.speaker().name());
        assertTrue(claim.speaker().description().contains("spokeswoman"), claim.speaker().description());
    }

    @Test
    void surnameWithParticleResolvesToTheFullName() {
        Extraction extraction = extract("Economist Pieter van Leeuwen studies housing prices.\n\n"
                + "“Rents will keep rising until the city builds more,” Van Leeuwen said.");

        assertEquals("Pieter van Leeuwen", quote(extraction, "Rents will keep rising").speaker().name());
    }

    @Test
    void asideBetweenSubjectAndVerbIsSkipped() {
        Extraction extraction = extract("A senior diplomat, speaking on condition of anonymity, said, "
                + "“The ceasefire will not survive the week.”");

        ExtractedClaim claim = quote(extraction, "The ceasefire will not");
        assertEquals("A senior diplomat", claim.speaker().name());
        assertEquals(SpeakerKind.ANONYMOUS, claim.speaker().kind());
    }

    @Test
    void pronounAfterAQuotationGoesOnWithItsSpeaker() {
        Extraction extraction = extract("The treaty was signed by President Tomas Varga in June.\n\n"
                + "Oskar Lind, a historian at Uppsala University, evaluated, “It is the most important pact in decades.” "
                + "He added, “Its effects will be felt for a generation.”");

        assertEquals("Oskar Lind", quote(extraction, "Its effects will be felt").speaker().name());
    }

    @Test
    void theCompanyRefersToTheMainInstitutionOfTheStory() {
        Extraction extraction = extract("Nordmark Industries will close its plant in Hull, a union leader at the plant said.\n\n"
                + "“This is a painful but necessary decision,” the company said.");

        ExtractedClaim claim = quote(extraction, "painful but necessary");
        assertEquals("Nordmark Industries", claim.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, claim.speaker().kind());
    }

    @Test
    void theNewspaperRefersToAnOutletNeverToAnotherBody() {
        Extraction extraction = extract("The Electoral College will meet in December. The Harbor City Tribune urged the governor "
                + "to act before the Electoral College votes.\n\n"
                + "“The governor has waited long enough,” the newspaper wrote.");

        ExtractedClaim claim = quote(extraction, "waited long enough");
        assertEquals("Harbor City Tribune", claim.speaker().name());
        assertEquals(SpeakerKind.MEDIA, claim.speaker().kind());
    }

    @Test
    void theNewspaperOfAStoryNamingNoOutletIsAnUnnamedOutlet() {
        Extraction extraction = extract("The Electoral College will meet in December, and the governor has not decided.\n\n"
                + "“Louisiana is a reliably red state with few electoral votes,” the newspaper admitted.");

        ExtractedClaim claim = quote(extraction, "reliably red state");
        assertEquals("the newspaper", claim.speaker().name());
        assertEquals(SpeakerKind.MEDIA, claim.speaker().kind());
    }

    @Test
    void pronounWithAContractedVerbIsReadAsThePronoun() {
        Extraction extraction = extract("Bernie Sanders spoke in Reno on Saturday.\n\n"
                + "“We are going to win Nevada,” he’s telling supporters at every stop.");

        assertEquals("Bernie Sanders", quote(extraction, "going to win Nevada").speaker().name());
    }

    @Test
    void pronounWithAContractedVerbNamesNobody() {
        Extraction extraction = extract("Joe Biden sat down with reporters on Friday.\n\n"
                + "You’re saying consensus building is what is needed to bring back the middle class in this country?");

        assertTrue(extraction.claims().stream().noneMatch(claim -> claim.speaker().name().startsWith("You")),
                () -> extraction.claims().toString());
    }

    @Test
    void aQuotationOfANameInThePossessiveWithWhatItOwnsIsReportedAsWritten() {
        Extraction extraction = extract("Marco Rubio campaigned in Iowa on Monday.\n\n"
                + "“We expect a long race through the spring,” Rubio's campaign said in a statement.\n\n"
                + "Delgado's office said in a statement: “The senator will vote against the bill.”");

        assertEquals("Rubio's campaign", quote(extraction, "long race").speaker().name());
        assertEquals("Delgado's office", quote(extraction, "vote against the bill").speaker().name());
    }

    @Test
    void aNameQualifyingTheNounOfTheAgentIsNotTheSpeaker() {
        Extraction extraction = extract("Thousands gathered in Des Moines on Monday.\n\n"
                + "“We drove six hours to be here,” said a Cruz campaign volunteer from Nebraska.\n\n"
                + "“He is the only one who listens to us,” said one woman in the crowd.");

        assertEquals("a Cruz campaign volunteer from Nebraska", quote(extraction, "six hours").speaker().name());
        assertEquals("one woman in the crowd", quote(extraction, "only one who listens").speaker().name());
    }

    @Test
    void aParagraphOpeningWithAQuotationItsSentenceGoesOnFromIsNoContinuation() {
        Extraction extraction = extract("Thousands gathered in Des Moines on Monday.\n\n"
                + "“We will win this state,” said Anna Berg, a party official.\n\n"
                + "“The economy is rigged against working people,” read a sign held by a student.");

        assertTrue(quotes(extraction).stream().noneMatch(claim -> claim.text().contains("rigged")),
                quotes(extraction).toString());
    }

    @Test
    void aDescriptionOfNineWordsIsStillASpeaker() {
        Extraction extraction = extract("The deputy head of the delegation to the forum said the United States should "
                + "stop sending warships to the region.");

        assertEquals("The deputy head of the delegation to the forum",
                statement(extraction, "stop sending warships").speaker().name());
    }

    @Test
    void theDayASourceSpokeIsNoPartOfItsDescription() {
        Extraction extraction = extract("The Chinese government likely hacked computers at the agency in 2010, according to a "
                + "congressional report on Wednesday.\n\n"
                + "Wealthy donors are paying for a series of efforts to stop the front-runner, according to disclosures "
                + "filed on Sunday.");

        assertEquals("a congressional report", statement(extraction, "likely hacked computers").speaker().name());
        assertEquals("disclosures filed on Sunday", statement(extraction, "Wealthy donors are paying").speaker().name());
    }

    @Test
    void aTitleInTheComplementOfADescriptionIsAnotherPersonsGender() {
        Extraction extraction = extract("Kellyanne Conway, a pollster for Mr. Trump, will become the campaign manager.\n\n"
                + "''It's an expansion at a busy time,'' she said.");

        assertEquals("Kellyanne Conway", quote(extraction, "an expansion at a busy time").speaker().name());
    }

    @Test
    void aCapitalizedPluralOfPeopleIsAGroupNoPersonAPronounCouldStandFor() {
        Extraction extraction = extract("Millennials say that climate change will shape how they vote in November.\n\n"
                + "Brianne Stone, 29, of Huntsville, Ala., spoke at the rally. “We are running out of time,” she says.");

        ExtractedClaim group = statement(extraction, "climate change will shape");
        assertEquals("Millennials", group.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, group.speaker().kind());
        assertEquals("Brianne Stone", quote(extraction, "running out of time").speaker().name());
    }

    @Test
    void aSurnameThatIsAlsoANationalityIsThePersonTheArticleNamed() {
        Extraction extraction = extract("Mark Cuban, the owner of the Dallas Mavericks, says he is open to running.\n\n"
                + "\"It is certainly more of a consideration than it was,\" Cuban said.");

        ExtractedClaim claim = quote(extraction, "more of a consideration");
        assertEquals("Mark Cuban", claim.speaker().name());
        assertEquals(SpeakerKind.PERSON, claim.speaker().kind());
    }

    @Test
    void pronounFindsTheNameStandingAsAppositiveSubject() {
        Extraction extraction = extract("“We expect revenue to recover by spring,” said Priya Raman, the budget director.\n\n"
                + "The mayor of Buffalo, Kevin Osei, praised the school funding. "
                + "“Our kids finally get what they deserve,” he told reporters.");

        assertEquals("Kevin Osei", quote(extraction, "Our kids finally get").speaker().name());
    }

    @Test
    void nameStandingAsAppositiveOfARoleIsTheSpeaker() {
        Extraction extraction = extract("The bank's spokeswoman, Hope Hillard, said, “We take these concerns very seriously.”");

        assertEquals("Hope Hillard", quote(extraction, "We take these concerns").speaker().name());
    }

    @Test
    void appositiveNameAfterLowerCaseRoleWordsIsTheSpeaker() {
        Extraction extraction = extract("“The budget is a disgrace,” the mayor's closest ally, state Sen. Ola Brandt (D-Polk), said.");

        assertEquals("Ola Brandt", quote(extraction, "The budget is a disgrace").speaker().name());
    }

    @Test
    void nameAfterAnUnnamedRoleIsTheAgentOfAnInvertedCue() {
        Extraction extraction = extract("“I have never seen the river this low,” said one farmer, Mary Jonsson, 54, of Millbrook.");

        assertEquals("Mary Jonsson", quote(extraction, "I have never seen").speaker().name());
    }

    @Test
    void nameAfterAnInstitutionsRoleIsTheAgentRatherThanTheInstitution() {
        Extraction extraction = extract("“The quota stays where it is,” said the Fisheries Council chairwoman, Ingrid Dahl.");

        assertEquals("Ingrid Dahl", quote(extraction, "The quota stays").speaker().name());
    }

        @Test
    void aNicknameInQuotationMarksStaysPartOfTheNameAndIsNoQuotation() {
        Extraction extraction = extract("“The harbor belongs to all of us, not to the developers,” council member "
                + "Rosalind \"Roz\" Achebe said on Monday.");

        ExtractedClaim claim = quote(extraction, "The harbor belongs");
        assertEquals("Rosalind Achebe", claim.speaker().name());
        assertEquals(1, Claims.quotes(extraction).size(), "the nickname is no quotation");
    }

    @Test
    void aNicknameWithTheFamilyNameIsAnAliasOfTheFullName() {
        Extraction extraction = extract("Rep. Robert C. \"Bobby\" Scott opened the meeting. Sen. Tim Scott spoke next.\n\n"
                + "“We will keep this seat in November,” Bobby Scott said.");

        ExtractedClaim claim = quote(extraction, "We will keep this seat");
        assertEquals("Robert C. Scott", claim.speaker().name());
        assertTrue(claim.speaker().aliases().contains("Bobby Scott"), claim.speaker().aliases().toString());
    }

        @Test
    void nameAfterAPersonsRoleIsTheAgentRatherThanThatPerson() {
        Extraction extraction = extract("“That is the question the whole town is asking,” said Lind’s campaign spokesman, Tom Ward.");

        assertEquals("Tom Ward", quote(extraction, "That is the question").speaker().name());
    }

        @Test
    void adverbBetweenSpeakerAndCueIsSkipped() {
        Extraction extraction = extract("“The bridge will not reopen this year,” Commissioner Ruth Albers flatly said.");

        assertEquals("Ruth Albers", quote(extraction, "The bridge will not").speaker().name());
    }

    @Test
    void roleNounMatchesItsAbbreviatedTitle() {
        Extraction extraction = extract("Sen. Marta Quist (D-Ore.) questioned the bank on Tuesday.\n\n"
                + "“You should resign before the end of the week,” the senator said.");

        assertEquals("Marta Quist", quote(extraction, "You should resign").speaker().name());
    }

    @Test
    void definiteRoleRefersBackToTheActorWithThatRole() {
        Extraction extraction = extract("Harbor master Colin Reyes closed the port at noon.\n\n"
                + "“No ship leaves until the storm has passed,” the harbor master said.");

        assertEquals("Colin Reyes", quote(extraction, "No ship leaves").speaker().name());
    }

    @Test
    void aSubjectNamedWithItsPlaceIsTheOneAPronounGoesOnWith() {
        Extraction extraction = extract("Mayor Ada Lind told a news conference the talks had begun, calling them \"a fresh start.\"\n\n"
                + "Republican Rep. Tomas Berg of New Mexico, a Lind supporter, said the talks would help both sides.\n\n"
                + "“I don't think it's do or die,” he said outside the building.");

        assertEquals("Tomas Berg", quote(extraction, "do or die").speaker().name());
    }

    @Test
    void aNameAndRoleBeforeTheAgentsNameBelongToSomeoneElse() {
        Extraction extraction = extract("Senator Ola Brandt spoke on Tuesday.\n\n"
                + "“The founders would agree with us,” said Brandt constituent Dan Golvach when asked about the vote.");

        assertEquals("Dan Golvach", quote(extraction, "founders would agree").speaker().name());
    }

    @Test
    void pronounSkipsAPersonWhoseGivenNameIsOfTheOtherGender() {
        Extraction extraction = extract("Bernie Castell spoke first.\n\nHillary Morton answered questions from reporters.\n\n"
                + "“The agreement protects every worker in the sector,” he said.");

        assertEquals("Bernie Castell", quote(extraction, "The agreement protects").speaker().name());
    }

    @Test
    void aCompanyNamedInOneWordIsAnOrganizationThatItStandsFor() {
        Extraction extraction = extract("Twitter said on Friday that it had suspended 125,000 accounts. "
                + "It said it would hire more reviewers.");

        ExtractedClaim suspended = statement(extraction, "suspended");
        assertEquals("Twitter", suspended.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, suspended.speaker().kind());
        assertEquals("Twitter", statement(extraction, "hire more reviewers").speaker().name());
    }

    @Test
    void aDescriptionEndingInAPrepositionWasCutShortAndNamesNobody() {
        String text = "The vast majority of voters said the plan would fail.";
        SpeakerResolver speakers = speakersOf(text);

        assertNull(speakers.describedAs(0, text.indexOf(" voters")));
        assertEquals("The vast majority of voters", speakers.describedAs(0, text.indexOf(" said")).actor().name);
    }

    @Test
    void aClauseOrAFragmentReadAsSourceNamesNobody() {
        String relative = "who fights with local journalists";
        String expletive = "there is anecdotal evidence";
        String contracted = "He’s endured";
        SpeakerResolver speakers = speakersOf(relative + ". " + expletive + ". " + contracted + ".");

        assertNull(speakers.describedAs(0, relative.length()));
        assertNull(speakers.describedAs(relative.length() + 2, relative.length() + 2 + expletive.length()));
        int contractedAt = relative.length() + expletive.length() + 4;
        assertNull(speakers.describedAs(contractedAt, contractedAt + contracted.length()));
    }

    @Test
    void aDescriptionOpeningWithAVerbOrAnAdverbOrStoppingAtAVerbNamesNobody() {
        String modal = "would probably recognize";
        String adverb = "once again";
        String cut = "the voters of Iowa finally had";
        SpeakerResolver speakers = speakersOf(modal + ". " + adverb + ". " + cut + ".");

        assertNull(speakers.describedAs(0, modal.length()));
        assertNull(speakers.describedAs(modal.length() + 2, modal.length() + 2 + adverb.length()));
        int cutAt = modal.length() + adverb.length() + 4;
        assertNull(speakers.describedAs(cutAt, cutAt + cut.length()));
    }

    @Test
    void aDescriptionHoldingAVerbOrALoneAdverbNamesNobody() {
        String clause = "the department had spent months";
        String adverb = "eventually";
        String relative = "voters who are undecided";
        String name = "Yin Myint May";
        SpeakerResolver speakers = speakersOf(clause + ". " + adverb + ". " + relative + ". " + name + ".");

        assertNull(speakers.describedAs(0, clause.length()));
        int adverbAt = clause.length() + 2;
        assertNull(speakers.describedAs(adverbAt, adverbAt + adverb.length()));
        int relativeAt = adverbAt + adverb.length() + 2;
        assertEquals(relative, speakers.describedAs(relativeAt, relativeAt + relative.length()).actor().name);
        int nameAt = relativeAt + relative.length() + 2;
        assertEquals(name, speakers.describedAs(nameAt, nameAt + name.length()).actor().name);
    }

    @Test
    void theAgentAfterItsVerbIsDescribedWithoutTheVerb() {
        String text = "Turnout fell, said one former campaign staffer.";
        SpeakerResolver speakers = speakersOf(text);

        assertEquals("one former campaign staffer",
                speakers.describedAs(text.indexOf("said"), text.length() - 1).actor().name);
    }

    @Test
    void aSubjectReadUpToAVerbIsNoGroup() {
        Extraction extraction = extract("In New Hampshire, the voters of Iowa finally had their say: they punctured the "
                + "candidacy of the New York billionaire.");

        assertTrue(extraction.claims().stream().noneMatch(claim -> claim.speaker() != null && claim.speaker().name().endsWith("their")),
                extraction.claims().toString());
    }

    @Test
    void aPersonNamedWithARoleAndItsComplementIsTheSpeaker() {
        Extraction extraction = extract("Former Secretary of State Hillary Clinton said that concerns about potential job "
                + "loss were not to be dismissed.");

        ExtractedClaim concerns = statement(extraction, "concerns about potential job loss");
        assertEquals("Hillary Clinton", concerns.speaker().name());
        assertEquals(SpeakerKind.PERSON, concerns.speaker().kind());
    }

    @Test
    void aRelativeClauseBeforeTheCueIsSkippedEvenWhenItHoldsAVerbOfSaying() {
        Extraction extraction = extract("Elizabeth Warren spoke in Boston.\n\nA Warren adviser, who spoke on the condition "
                + "of anonymity to speak candidly, said of the senator, \"She takes the threat of Trump very seriously.\"");

        assertEquals("A Warren adviser", quote(extraction, "takes the threat").speaker().name());
        assertTrue(statements(extraction).isEmpty(), "of whom it was said opens no statement: " + statements(extraction));
    }

    @Test
    void theyGoesOnWithAGroupNamedByItsMembersWithATitle() {
        Extraction extraction = extract("House Democrats met on Tuesday to discuss the budget. They said the bill would "
                + "cut funding for schools by a third.");

        ExtractedClaim cut = statement(extraction, "cut funding for schools");
        assertEquals("Democrats", cut.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, cut.speaker().kind());
    }

    @Test
    void aPersonNamedBeforeAnotherPersonsRoleDoesNotSpeak() {
        Extraction after = extract("Ada Brandt spoke in Ohio.\n\n\"The turnout gave her a second wind,\" said former "
                + "Brandt adviser Nora Quist.");
        assertEquals("Nora Quist", quote(after, "second wind").speaker().name());

        Extraction pronoun = extract("Tom Varga spoke in Ohio.\n\nVarga spokesman Leo Dunn would not say when the vote "
                + "would be held. \"We have no new announcements yet,\" he said.");
        assertEquals("Leo Dunn", quote(pronoun, "no new announcements").speaker().name());
    }

    @Test
    void aBodyAfterAPersonsRoleIsNotTheSpeakerWhenTheClosingCommaIsMissing() {
        Extraction extraction = extract("The count ended on Tuesday.\n\nMia Holt, the communications director for the "
                + "Ohio Farmers Union said in a statement. \"There are no paper ballots to recount in any county.\"");

        assertEquals("Mia Holt", quote(extraction, "no paper ballots").speaker().name());
    }

    @Test
    void aGroupNamedInTheSubjectsAppositiveIsNotTheSpeaker() {
        Extraction extraction = extract("The vote was close.\n\nPeter Lind, president of the Harbor Town Republicans, "
                + "said, \"We have long said that the harbor needs a new pier.\"");

        assertEquals("Peter Lind", quote(extraction, "needs a new pier").speaker().name());
    }

    @Test
    void aSubjectWrittenAfterItsVerbOrWithAgeAndHomeIsWhomTheNextPronounMeans() {
        Extraction inverted = extract("Tom Varga spoke in Ohio on Monday.\n\nWhether the new model works will be part "
                + "of the review, said Leo Dunn, editor in chief of Harbor.com. \"You have a very sophisticated "
                + "operation on one side,\" he said.");
        assertEquals("Leo Dunn", quote(inverted, "sophisticated operation").speaker().name());

        Extraction home = extract("Tom Varga spoke in Ohio on Monday.\n\nLeo Dunn, 33, of Sumter, S.C., dismisses "
                + "the idea that a ballot makes a difference. \"I can't find a candidate that I like,\" he said.");
        assertEquals("Leo Dunn", quote(home, "find a candidate").speaker().name());

        Extraction party = extract("Tom Varga spoke in Ohio on Monday.\n\nRep. Leo Dunn (R-Ohio), chairman of the "
                + "House Harbor Committee, did not object, but he did call for more oversight. \"I hope the "
                + "handling of the files will be reviewed,\" he said.");
        assertEquals("Leo Dunn", quote(party, "handling of the files").speaker().name());
    }

    @Test
    void aClauseBeforeAColonGivesTheQuotationToItsSubject() {
        Extraction extraction = extract("Ada Brandt spoke at the harbor.\n\n\"I have earned the votes of every ward,\" "
                + "Brandt said.\n\nShe then addressed the supporters again: \"Here is what I regret most about the vote.\"");

        assertEquals("Ada Brandt", quote(extraction, "what I regret").speaker().name());
    }

    @Test
    void aWordOpeningTheLineBeforeAColonIsNoSpeakerTheArticleHasNotMet() {
        Extraction extraction = extract("The fact check ran on Monday.\n\nWait, it gets better:\n\n\"By law, the mayor "
                + "sets the harbor fees every year in a public vote.\"");

        assertTrue(quotes(extraction).stream().noneMatch(claim -> claim.speaker().name().equals("Wait")),
                quotes(extraction).toString());
    }

    @Test
    void aNameOpeningItsSentenceIsItsSubjectWhateverClosedTheSentenceBefore() {
        Extraction extraction = extract("Harbor hearings\n\nOn Thursday, Lind will testify about the decision not to bring "
                + "charges against Brandt. Committee Chairman Tom Varga said the questioning will start with Lind. "
                + "\u201cThere is no reason to hold anything back from the public,\u201d he said.");

        assertEquals("Tom Varga", quote(extraction, "no reason to hold").speaker().name());
    }

    @Test
    void aPartyAndStateAfterALawmakersNameNameNobody() {
        Extraction extraction = extract("Rep. Tom Varga, R-Ohio, said the hearing would start with the budget office.");

        assertEquals("Tom Varga", statement(extraction, "hearing would start").speaker().name());
    }

    @Test
    void aLongAppositiveBetweenAQuotationAndItsCueStillLeadsToTheSubject() {
        Extraction extraction = extract("Harbor hearings\n\n\u201cNothing we could do now in the harbor would make a "
                + "difference right now,\u201d Fred Ode, director of the Harbor Threats Project at the hawkish Ohio "
                + "Enterprise Institute, said in an interview.");

        assertEquals("Fred Ode", quote(extraction, "make a difference").speaker().name());
    }

    @Test
    void aCueAfterTheReportedSpeechAroundAQuotationIsNotTheQuotationsCue() {
        Extraction extraction = extract("Tom Varga met Lind on Thursday.\n\nVarga told Lind that the army was \"waging "
                + "a sacred war of justice\" in the east, and that his government and people strongly supported it, the "
                + "official Harbor News Agency said in a Friday release.");

        assertEquals("Tom Varga", quote(extraction, "sacred war").speaker().name());
    }

    @Test
    void aPossessiveOrAJoinedTitleBeforeTheAgentIsNoPartOfItsName() {
        Extraction possessive = extract("Harbor hearings\n\n\u201cIf we do not reach more voters, we are going to "
                + "have a wipeout,\u201d said Ohio\u2019s Nora Quist, a Republican political consultant.");
        assertEquals("Nora Quist", quote(possessive, "wipeout").speaker().name());

        Extraction joined = extract("Harbor hearings\n\n\"We had to acknowledge that we had a big issue with the "
                + "trade part of his history,\" said United Dock Workers Secretary-Treasurer Gary Holt.");
        assertEquals("Gary Holt", quote(joined, "big issue").speaker().name());
    }

    @Test
    void theAuthorOfAStatementIsWhomTheNextPronounMeans() {
        Extraction extraction = extract("Harbor council\n\nChairman Tom Varga opened the council. Chairman Varga "
                + "expressed a strong stance at this event.\n\nHowever, looking at the statement by Deputy Director "
                + "Leo Dunn of the party, which was announced that night, the policy has become more solid. He said, "
                + "\u201cThe main culprits in the harbor incident are the port officials.\u201d");

        assertEquals("Leo Dunn", quote(extraction, "main culprits").speaker().name());
    }

    @Test
    void aPartyMemberOrAPlaceAmongRoleWordsDescribesTheAgentButAnArticleAndANameDoNot() {
        Extraction member = extract("Harbor hearings\n\n\u201cIf Brandt does win the county, it will be by a narrow "
                + "margin,\u201d said one Ohio Democrat.");
        assertEquals("one Ohio Democrat", quote(member, "narrow margin").speaker().name());
        assertEquals(SpeakerKind.ANONYMOUS, quote(member, "narrow margin").speaker().kind());

        Extraction place = extract("Harbor hearings\n\n\"The way he has been acting is a demonstration of why he has "
                + "no support,\" said former Ohio congressman Tom Varga.");
        assertEquals("Tom Varga", quote(place, "no support").speaker().name());

        Extraction poll = extract("A Harbor Research poll found that 72 percent of voters said the harbor plan bothered them.");
        assertEquals("A Harbor Research poll", statement(poll, "72 percent").speaker().name());
    }

    @Test
    void aTitleWithItsComplementInLowerCaseBeforeTheAgentIsItsRole() {
        Extraction extraction = extract("Harbor hearings\n\n\"The first line of defense against the floods is the "
                + "harbor wall,\" said former secretary of state Ada Brandt.");

        assertEquals("Ada Brandt", quote(extraction, "first line of defense").speaker().name());
    }

    @Test
    void theSubjectAfterThereAreIsWhoSpoke() {
        Extraction extraction = extract("But there are some harbor experts who think the new pier is too short for the ferries.");

        assertEquals("some harbor experts", statement(extraction, "too short").speaker().name());
    }

    private static SpeakerResolver speakersOf(String text) {
        TextLayout layout = TextLayout.of(text);
        NameFinder names = new NameFinder(layout.language());
        return SpeakerResolver.onCopyOf(CastReader.read(layout, names), layout, names);
    }
}
