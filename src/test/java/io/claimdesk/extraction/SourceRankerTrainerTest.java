package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRankerTrainerTest {

    /** Text, cue, content and source of synthetic attributions with another person named nearby. */
    private static final String[][] ATTRIBUTIONS = {
            {"After meeting Governor Lind, Mayor Ann Holt said the bridge will open in May.", "said",
                    "the bridge will open in May", "Mayor Ann Holt"},
            {"The bridge will open in May, Mayor Ann Holt told Senator Ruiz.", "told", "The bridge will open in May",
                    "Mayor Ann Holt"},
            {"Taxes would rise next year, said Senator Ruiz, who met Governor Lind.", "said", "Taxes would rise next year",
                    "Senator Ruiz"},
            {"Unlike Senator Ruiz, Governor Lind argued the budget was far too small.", "argued",
                    "the budget was far too small", "Governor Lind"},
            {"Police told Mayor Ann Holt that two men had been arrested at the harbor.", "told",
                    "that two men had been arrested at the harbor", "Police"},
            {"Wages have fallen for a decade, the union claimed after a talk with Governor Lind.", "claimed",
                    "Wages have fallen for a decade", "the union"},
            {"When Senator Ruiz visited, she said the school had closed its library.", "said",
                    "the school had closed its library", "she"},
            {"Prices will climb again in spring, analysts expect, citing Mayor Ann Holt.", "expect",
                    "Prices will climb again in spring", "analysts"},
    };

    private static SourceRankerTrainer.Example example(String text, String cue, String content, String source) {
        TextLayout layout = TextLayout.of(text);
        TokenSequence tokens = TokenSequence.of(text, 0, text.length(), layout.sentences());
        int[] cueTokens = tokensOf(tokens, text, cue);
        int[] contentTokens = tokensOf(tokens, text, content);
        int[] sourceTokens = tokensOf(tokens, text, source);
        List<Name> names = new NameFinder(layout.language()).find(text, 0, text.length());
        SourceQuestion question = SourceQuestion.of(tokens, new int[tokens.size()], cueTokens[0], cueTokens[1],
                contentTokens[0], contentTokens[1], names);
        int answer = -1;
        for (int m = 0; m < question.mentions().size(); m++) {
            SourceQuestion.Mention mention = question.mentions().get(m);
            if (mention.first() == sourceTokens[0] && mention.last() == sourceTokens[1]
                    || answer < 0 && mention.first() <= sourceTokens[1] && mention.last() >= sourceTokens[0]) {
                answer = m;
            }
        }
        return new SourceRankerTrainer.Example(question, answer);
    }

    /** The first and last token lying within the first occurrence of the words in the text. */
    static int[] tokensOf(TokenSequence tokens, String text, String words) {
        int start = text.indexOf(words);
        int end = start + words.length();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.starts()[i] >= start && tokens.ends()[i] <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new int[] {first, last};
    }

    private static List<SourceRankerTrainer.Example> examples() {
        List<SourceRankerTrainer.Example> examples = new ArrayList<>();
        for (String[] attribution : ATTRIBUTIONS) {
            examples.add(example(attribution[0], attribution[1], attribution[2], attribution[3]));
        }
        return examples;
    }

    private static String picked(SourceRanker ranker, SourceRankerTrainer.Example example) {
        SourceQuestion.Mention best = ranker.best(example.question());
        TokenSequence tokens = example.question().tokens();
        return best == null ? null : String.join(" ", java.util.Arrays.asList(tokens.words()).subList(best.first(), best.last() + 1));
    }

    private static String right(SourceRankerTrainer.Example example) {
        SourceQuestion.Mention mention = example.question().mentions().get(example.answer());
        return String.join(" ", java.util.Arrays.asList(example.question().tokens().words())
                .subList(mention.first(), mention.last() + 1));
    }

    @Test
    void learnsToPickTheSourceAmongOtherMentions() {
        List<SourceRankerTrainer.Example> examples = examples();
        SourceRanker ranker = SourceRankerTrainer.train(examples, 10, 7);

        for (SourceRankerTrainer.Example example : examples) {
            assertEquals(right(example), picked(ranker, example));
        }
    }

    @Test
    void picksTheSourceOfAnUnseenAttributionOfTheSameShape() {
        SourceRanker ranker = SourceRankerTrainer.train(examples(), 10, 7);

        SourceRankerTrainer.Example unseen = example("After meeting Senator Ruiz, Governor Lind said the harbor would close.",
                "said", "the harbor would close", "Governor Lind");
        assertEquals("governor lind", picked(ranker, unseen));
    }

    @Test
    void theRuleWithoutTaggedSourcesPicksNone() {
        assertNull(SourceRanker.nearestTagged().best(examples().get(0).question()));
    }

    @Test
    void readsBackAsTheSameRankerAndTheSameSeedGivesTheSameRanker() throws IOException {
        SourceRanker ranker = SourceRankerTrainer.train(examples(), 10, 7);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        ranker.write(written);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SourceRankerTrainer.train(examples(), 10, 7).write(again);
        assertArrayEquals(written.toByteArray(), again.toByteArray());

        SourceRanker read = SourceRanker.read(new ByteArrayInputStream(written.toByteArray()));
        for (SourceRankerTrainer.Example example : examples()) {
            assertEquals(picked(ranker, example), picked(read, example));
        }
    }
}
