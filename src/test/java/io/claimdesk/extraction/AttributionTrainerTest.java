package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionTrainerTest {

    private static final float COST = AttributionModelTraining.MISSED_PART_COST;

    /** Source | cue | content of each synthetic sentence, in that order or with the content first. */
    private static final String[][] SENTENCES = {
            {"Mayor Ann Holt", "said", "the bridge will open in May"},
            {"The ministry", "announced", "that taxes would rise next year"},
            {"Senator Ruiz", "argued", "the budget was far too small"},
            {"Police", "said", "two men had been arrested at the harbor"},
            {"The union", "claimed", "wages have fallen for a decade"},
            {"Governor Lind", "warned", "the river could flood the valley"},
            {"She", "said", "the school had closed its library"},
            {"Analysts", "expect", "prices will climb again in spring"},
    };

    private static AttributionTrainer.Example example(String source, String cue, String content, boolean contentFirst) {
        String text = contentFirst ? capitalized(content) + ", " + source + " " + cue + "." : source + " " + cue + " " + content + ".";
        TextLayout layout = TextLayout.of(text);
        List<AttributionTrainer.Marked> marked = new ArrayList<>();
        marked.add(mark(text, AttributionTrainer.Part.SOURCE, source));
        marked.add(mark(text, AttributionTrainer.Part.CUE, cue));
        marked.add(mark(text, AttributionTrainer.Part.CONTENT, contentFirst ? capitalized(content) : content));
        return AttributionTrainer.example(TokenSequence.of(text, 0, text.length(), layout.sentences()), marked);
    }

    private static AttributionTrainer.Marked mark(String text, AttributionTrainer.Part part, String words) {
        int at = text.indexOf(words);
        return new AttributionTrainer.Marked(part, at, at + words.length());
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<AttributionTrainer.Example> examples() {
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        for (String[] sentence : SENTENCES) {
            examples.add(example(sentence[0], sentence[1], sentence[2], false));
            examples.add(example(sentence[0], sentence[1], sentence[2], true));
        }
        return examples;
    }

    private static int[] tag(AttributionTagger tagger, String text) {
        return tagger.tag(TokenSequence.of(text, 0, text.length(), TextLayout.of(text).sentences()));
    }

    @Test
    void learnsTheSourceCueAndContentOfTheSentencesItWasTrainedOn() {
        List<AttributionTrainer.Example> examples = examples();
        AttributionTagger tagger = AttributionTrainer.train(examples, 10, 7, 1, COST);

        for (AttributionTrainer.Example example : examples) {
            int[] predicted = tagger.tag(example.tokens());
            assertArrayEquals(example.tags(), predicted);
        }
    }

    @Test
    void marksAnUnseenSentenceOfTheSameShape() {
        AttributionTagger tagger = AttributionTrainer.train(examples(), 10, 7, 1, COST);

        int[] tags = tag(tagger, "Mayor Ola Brandt said the ferry will resume on Friday.");

        // Mayor Ola Brandt | said | the ferry will resume on Friday | .
        assertArrayEquals(new int[] {1, 2, 2, 3, 5, 6, 6, 6, 6, 6, 0}, tags);
    }

    @Test
    void aCostForMissedPartsMarksAllOfAContentTheAnnotationLeavesOutAsOftenAsItMarksIt() {
        List<AttributionTrainer.Example> examples = new ArrayList<>(examples());
        // Each sentence once more, unmarked, as an annotator who misses attributions leaves it.
        for (String[] sentence : SENTENCES) {
            String text = "The mayor " + sentence[1] + " " + sentence[2] + ".";
            examples.add(AttributionTrainer.example(TokenSequence.of(text, 0, text.length(), TextLayout.of(text).sentences()),
                    List.of()));
        }
        String unseen = "Mayor Ola Brandt said the ferry will resume on Friday.";

        int[] withoutCost = tag(AttributionTrainer.train(examples, 10, 7, 1, 0), unseen);
        int[] withCost = tag(AttributionTrainer.train(examples, 10, 7, 1, COST), unseen);

        // Mayor Ola Brandt | said | the ferry will resume on Friday | .
        assertEquals(AttributionTagger.O, withoutCost[9], Arrays.toString(withoutCost));
        assertArrayEquals(new int[] {1, 2, 2, 3, 5, 6, 6, 6, 6, 6, 0}, withCost);
    }

    @Test
    void learnsAsCueWordsTheWordsMarkedAsCuesOftenAndMostly() {
        List<AttributionTrainer.Example> examples = new ArrayList<>(examples());
        // "said" and "noted" are cues six and five times, "claimed" only twice, "the" never.
        for (String source : List.of("The board", "Ms. Kahn", "The council", "Dr. Ruiz", "Residents")) {
            examples.add(example(source, "noted", "the roads were too narrow for buses", false));
        }

        Set<String> cueWords = AttributionTrainer.cueWords(examples);

        assertTrue(cueWords.contains("said"), cueWords.toString());
        assertTrue(cueWords.contains("noted"), cueWords.toString());
        assertFalse(cueWords.contains("claimed"), cueWords.toString());
        assertFalse(cueWords.contains("the"), cueWords.toString());
        assertEquals(cueWords, AttributionTrainer.train(examples, 2, 7, 1, COST).cueWords());
    }

    @Test
    void aWrittenModelReadsBackToTheSameTagsAndCueWords() throws IOException {
        AttributionTagger tagger = AttributionTrainer.train(examples(), 10, 7, 1, COST);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);

        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));

        String text = "The council said the market would move to the square.";
        assertArrayEquals(tag(tagger, text), tag(read, text));
        assertEquals(tagger.cueWords(), read.cueWords());
        assertTrue(read.cueWords().contains("said"), read.cueWords().toString());
    }

    @Test
    void trainingWithTheSameSeedGivesTheSameModel() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        AttributionTrainer.train(examples(), 5, 3, 1, COST).write(first);
        AttributionTrainer.train(examples(), 5, 3, 1, COST).write(second);

        assertEquals(first.size(), second.size());
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }
}
