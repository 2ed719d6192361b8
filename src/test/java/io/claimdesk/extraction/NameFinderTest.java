package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private final NameFinder finder = new NameFinder(Language.english());

    private List<Name> names(String text) {
        return finder.find(text, 0, text.length());
    }

    private Name only(String text) {
        List<Name> found = names(text).stream().filter(Name::isActor).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void titlesBeforeAPersonAreSplitOff() {
        Name name = only("Russian President Vladimir Putin spoke.");
        assertEquals("Vladimir Putin", name.text());
        assertEquals("Russian President", name.title());
        assertEquals(SpeakerKind.PERSON, name.kind());
    }

    @Test
    void aPrepositionOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        assertEquals("Halvorsen Foods", only("Outside Halvorsen Foods, workers gathered.").text());
    }

    @Test
    void aNameEndingInAPlaceWordIsAPlace() {
        assertTrue(names("She lives in Lake City and works in Orange County.").stream().noneMatch(Name::isActor));
    }

    @Test
    void aTimeZoneAfterATimeIsNoName() {
        assertTrue(names("The hearing opens at 2:10 p.m. EST on Tuesday.").stream().noneMatch(Name::isActor));
    }

    @Test
    void aTitleWordClosingANameIsASurname() {
        assertEquals("Charlie King", only("said Charlie King, a Democrat").text());
    }

    @Test
    void outletsAreMediaWithoutTheirArticle() {
        Name times = only("The New York Times reported it.");
        assertEquals("New York Times", times.text());
        assertEquals(SpeakerKind.MEDIA, times.kind());
        assertEquals(SpeakerKind.MEDIA, only("the Korean Central News Agency said").kind());
    }

    @Test
    void roleLedRunNamesTheBodyAfterTheRole() {
        Name office = only("Director of the National Security Office");
        assertEquals("National Security Office", office.text());
        assertEquals(SpeakerKind.GOVERNMENT, office.kind());
    }

    @Test
    void adverbialAfterAnInstitutionIsNotPartOfItsName() {
        assertEquals("United Nations Security Council", only("the United Nations Security Council on Friday").text());
    }

    @Test
    void placesTreatiesAndAbstractNounsAreNotActors() {
        assertTrue(names("in North Korea and South Korea").stream().noneMatch(Name::isActor));
        assertTrue(names("the Comprehensive Strategic Partnership Treaty").stream().noneMatch(Name::isActor));
        assertTrue(names("agents of Homeland Security Investigations").stream().noneMatch(n -> n.kind() == SpeakerKind.PERSON));
    }

    @Test
    void aNumberWordANegatedVerbOrAPrepositionOpeningASentenceOpensNoName() {
        assertTrue(names("Eight years ago, he backed the mayor.").stream().noneMatch(Name::isActor));
        assertTrue(names("Back in 1999, he praised the mayor.").stream().noneMatch(Name::isActor));
        assertEquals("Republicans", only("Don’t Republicans run the risk?").text());
        assertEquals("Castell", only("Given Castell’s record, voters stayed home.").text());
    }

    @Test
    void aGivenNameThatIsAlsoAThingOpensAPersonsName() {
        Name name = only("Former President Bill Clinton said it.");
        assertEquals("Bill Clinton", name.text());
        assertEquals(SpeakerKind.PERSON, name.kind());
        assertTrue(names("The Senate passed the Farm Bill on Friday.").stream().noneMatch(n -> n.kind() == SpeakerKind.PERSON));
    }

    @Test
    void aRoleWithItsComplementIsTheWholeTitleOfThePersonAfterIt() {
        Name clinton = only("Former Secretary of State Hillary Clinton said it.");
        assertEquals("Hillary Clinton", clinton.text());
        assertEquals("Former Secretary of State", clinton.title());
        Name johnson = only("Secretary of Homeland Security Jeh Johnson said it.");
        assertEquals("Jeh Johnson", johnson.text());
        assertEquals("Secretary of Homeland Security", johnson.title());
        assertEquals(SpeakerKind.PERSON, johnson.kind());
    }

    @Test
    void aSurnameThatIsAlsoAnInstitutionsHeadNamesAPersonAfterAnHonorificOrATitleAndGivenName() {
        Name white = only("Ms. White said it.");
        assertEquals("White", white.text());
        assertEquals(SpeakerKind.PERSON, white.kind());
        Name guardian = only("Atlantic City Mayor Don Guardian said it.");
        assertEquals("Don Guardian", guardian.text());
        assertEquals(SpeakerKind.PERSON, guardian.kind());
        assertEquals(SpeakerKind.MEDIA, only("The Guardian reported it.").kind());
    }

    @Test
    void aPersonNamedBeforeAnotherPersonsRoleIsPartOfTheirTitle() {
        Name aide = only("said former Brandt adviser Nora Quist on Monday.");
        assertEquals("Nora Quist", aide.text());
        assertEquals("Brandt adviser", aide.title());

        assertEquals("Lind’s campaign manager", only("Lind’s campaign manager Ola Berg spoke.").title());
        assertEquals("Ola Berg", only("said K9 president Ola Berg.").text());
    }

    @Test
    void aNameEndingWithTheNounOfItsMembersIsAGroup() {
        Name group = only("the president of the Harbor Town Republicans");
        assertEquals("Harbor Town Republicans", group.text());
        assertEquals(SpeakerKind.ORGANIZATION, group.kind());
    }

    @Test
    void titlesJoinedByAHyphenAreATitle() {
        Name officer = only("said United Dock Workers Secretary-Treasurer Gary Holt.");
        assertEquals("Gary Holt", officer.text());
        assertEquals("United Dock Workers Secretary-Treasurer", officer.title());
    }

    @Test
    void aRunTooLongForANameIsATitleAndAName() {
        Name recorder = only("said Maricopa County Recorder Helen Purcell during a hearing.");
        assertEquals("Helen Purcell", recorder.text());
        assertEquals("Maricopa County Recorder", recorder.title());
    }

    @Test
    void aThingIsNamedByItsLastWordAndAThingBeforeANameIsNoPartOfIt() {
        assertEquals("Kathleen Hall Jamieson", only("said Kathleen Hall Jamieson on Monday.").text());
        assertTrue(names("The Clean Air Act passed.").stream().noneMatch(Name::isActor));
        assertEquals("Barack Obama", only("the liar of the Year Barack Obama spoke").text());
    }

    @Test
    void aSurnameEndingLikeAnAbstractNounAfterAGivenNameIsAPerson() {
        assertEquals(SpeakerKind.PERSON, only("said Sean Hannity on Monday.").kind());
        assertTrue(names("Homeland Security Investigations said it.").stream().noneMatch(Name::isActor));
    }
}
