package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFilterTrainerTest {

    /** Text, cue and content of synthetic attributions whose content reads as no clause, and whether it is reported. */
    private static final Object[][] CONTENTS = {
            {"The senator urged the council to repair the bridge before winter.", "urged",
                    "the council to repair the bridge before winter", true},
            {"The mayor called for an end to the harbor fees.", "for", "an end to the harbor fees", true},
            {"Ruiz accused the governor of hiding the budget figures.", "accused", "the governor of hiding the budget figures",
                    true},
            {"The union urged its members to reject the contract offer.", "urged", "its members to reject the contract offer",
                    true},
            {"Ruiz said in a long statement on Friday afternoon.", "said", "in a long statement on Friday afternoon", false},
            {"Holt spoke at the harbor meeting on Tuesday night.", "spoke", "at the harbor meeting on Tuesday night", false},
            {"The governor said during a visit to the northern farms.", "said", "during a visit to the northern farms",
                    false},
            {"Lind spoke at a rally in the old market square.", "spoke", "at a rally in the old market square", false},
    };

    private static StatementFilterTrainer.Example example(String text, String cue, String content, boolean statement) {
        return new StatementFilterTrainer.Example(content(text, cue, content, false), statement);
    }

    private static StatementFilter.Content content(String text, String cue, String content, boolean clause) {
        TokenSequence tokens = TokenSequence.of(text, 0, text.length(), TextLayout.of(text).sentences());
        int[] cueTokens = SourceRankerTrainerTest.tokensOf(tokens, text, cue);
        int[] contentTokens = SourceRankerTrainerTest.tokensOf(tokens, text, content);
        int words = contentTokens[1] - contentTokens[0] + 1;
        return new StatementFilter.Content(tokens, cueTokens[0], cueTokens[1], contentTokens[0], contentTokens[1], clause,
                false, false, words, 0);
    }

    private static List<StatementFilterTrainer.Example> examples() {
        List<StatementFilterTrainer.Example> examples = new ArrayList<>();
        for (Object[] content : CONTENTS) {
            examples.add(example((String) content[0], (String) content[1], (String) content[2], (Boolean) content[3]));
        }
        return examples;
    }

    private static StatementFilter trained() {
        return StatementFilterTrainer.train(examples(), 10, 7, 1);
    }

    @Test
    void learnsWhichContentsAreReported() {
        StatementFilter filter = trained();

        for (StatementFilterTrainer.Example example : examples()) {
            assertEquals(example.statement(), filter.accepts(example.content()), example.content().toString());
        }
    }

    @Test
    void tellsUnseenContentsOfTheSameShape() {
        StatementFilter filter = trained();

        assertTrue(filter.accepts(content("The governor urged the board to lower the water rates.", "urged",
                "the board to lower the water rates", false)));
        assertFalse(filter.accepts(content("Lind said in an interview on Sunday morning.", "said",
                "in an interview on Sunday morning", false)));
    }

    @Test
    void aContentReadAsAClauseIsAStatementWhateverItsScore() {
        StatementFilter.Content clause = content("Ruiz said in a long statement on Friday afternoon.", "said",
                "in a long statement on Friday afternoon", true);

        assertTrue(trained().accepts(clause));
        assertTrue(StatementFilter.clauseTest().accepts(clause));
        assertFalse(StatementFilter.clauseTest().accepts(examples().get(0).content()));
    }

    @Test
    void featuresSeenTooRarelyAreLeftOut() {
        // No feature is seen in more examples than there are: with a higher minimum none is kept.
        StatementFilter filter = StatementFilterTrainer.train(examples(), 10, 7, CONTENTS.length + 1);

        assertEquals(0, filter.size());
    }

    @Test
    void readsBackAsTheSameFilterAndTheSameSeedGivesTheSameFilter() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        trained().write(written);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        trained().write(again);
        assertArrayEquals(written.toByteArray(), again.toByteArray());

        StatementFilter read = StatementFilter.read(new ByteArrayInputStream(written.toByteArray()));
        for (StatementFilterTrainer.Example example : examples()) {
            assertEquals(trained().accepts(example.content()), read.accepts(example.content()));
        }
    }
}
