package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stages hand their results on as values and leave what they are given as it was. */
class ExtractionPipelineTest {

    private static final String AIDE = "Budget talks\n\nThe council met on Monday to settle the budget for next year.\n\n"
            + "“We will not raise taxes this year,” a senior aide said.\n\n"
            + "A senior aide said the vote would come in May after the summer recess.";

    @Test
    void attributingQuotationsLeavesTheCastItIsGivenAsItWas() {
        TextLayout layout = TextLayout.of(AIDE);
        NameFinder names = new NameFinder(layout.language());
        Cast cast = CastReader.read(layout, names);
        int mentions = cast.mentions().size();

        AttributionFinder.Attributions quoted = AttributionFinder.attribute(layout, cast, names);

        assertEquals(mentions, cast.mentions().size());
        assertEquals(mentions + 1, quoted.cast().mentions().size());
        assertEquals("a senior aide", quoted.cast().ref(quoted.byQuote().get(0).actor()).name());
    }

    @Test
    void statementsMeetTheSpeakersOfQuotationsInTheCastTheyAreGiven() {
        TextLayout layout = TextLayout.of(AIDE);
        NameFinder names = new NameFinder(layout.language());
        AttributionFinder.Attributions quoted = AttributionFinder.attribute(layout, CastReader.read(layout, names), names);

        StatementFinder.Statements statements = StatementFinder.find(layout, quoted.cast(), names);

        assertEquals(1, statements.found().size());
        assertEquals(quoted.byQuote().get(0).actor().id, statements.found().get(0).actor().id);
        assertEquals(quoted.cast().mentions().size() + 1, statements.cast().mentions().size());
    }

    @Test
    void aPronounGoesOnWithTheSpeakerQuotedLastOnlyWhenItIsGiven() {
        String text = "Mary Jones met Ann Smith in the capital on Monday. Jones said the talks were useful. "
                + "She said the budget was ready.";
        TextLayout layout = TextLayout.of(text);
        NameFinder names = new NameFinder(layout.language());
        Cast cast = CastReader.read(layout, names);
        Cast.Member smith = cast.mentions().stream().map(Cast.Mention::actor)
                .filter(actor -> actor.name.equals("Ann Smith")).findFirst().orElseThrow();
        SpeakerResolver speakers = new SpeakerResolver(text, cast.copy(), names, layout.language());
        int she = text.indexOf("She");
        int said = text.indexOf(" said", she);

        assertEquals("Mary Jones", speakers.subjectBefore(she, said).actor().name);
        assertEquals("Ann Smith",
                speakers.subjectBefore(she, said, new SpeakerResolver.LastQuoted(smith, she - 2)).actor().name);
    }

    @Test
    void aCopyOfTheCastGrowsAloneAndKnowsTheActorsOfTheOriginal() {
        Cast cast = new Cast(Language.english());
        Cast.Member council = cast.addGroup("the city council", SpeakerKind.ORGANIZATION, 0);
        Cast copy = cast.copy();

        copy.addGroup("a senior aide", SpeakerKind.ANONYMOUS, 40);

        assertEquals(1, cast.mentions().size());
        assertEquals(2, copy.mentions().size());
        assertEquals("the city council", copy.ref(council).name());
        assertTrue(copy.mentions().stream().noneMatch(mention -> mention.actor() == council));
    }
}
