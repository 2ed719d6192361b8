package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorNamesTest {

    @Test
    void keyIgnoresCaseHyphensSpacesAndDiacritics() {
        assertEquals(ActorNames.key("Kim Jong-un"), ActorNames.key("Kim Jong Un"));
        assertEquals(ActorNames.key("José Müller"), ActorNames.key("jose muller"));
    }

    @Test
    void hyphenationVariantsAreOneActorWithoutDescriptions() {
        assertTrue(ActorNames.sameActor("Moon Jae-in", null, "Moon Jae In", null));
    }

    @Test
    void spellingVariantsNeedMatchingRoles() {
        String fellowA = "a distinguished research fellow at the Institute for Maritime Studies";
        String fellowB = "Senior Research Fellow at the Institute for Maritime Studies";
        assertTrue(ActorNames.sameActor("Chang Min-ho", fellowA, "Jang Min-ho", fellowB));
        assertFalse(ActorNames.sameActor("Chang Min-ho", null, "Jang Min-ho", null));
        assertFalse(ActorNames.sameActor("Chang Min-ho", fellowA, "Jang Min-ho", "striker for the city football club"));
    }

    @Test
    void differentPeopleSharingASurnameStayApart() {
        assertFalse(ActorNames.sameActor("Kim Yo-jong", "vice department director", "Kim Jong-un", "vice department director"));
        assertFalse(ActorNames.sameActor("Hillary Clinton", null, "Bill Clinton", null));
    }
}
