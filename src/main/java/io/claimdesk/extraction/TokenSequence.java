package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and punctuation marks of one paragraph, as the attribution tagger reads them: offsets into the text, the
 * word in lower case, whether it lies inside a quotation and whether it opens a sentence.
 */
record TokenSequence(int[] starts, int[] ends, String[] words, boolean[] capitalized, boolean[] quoted,
        boolean[] sentenceStart) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'.\\-][\\p{L}\\p{N}]+)*|\\S");

    static TokenSequence of(String text, int from, int to, Sentences sentences) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        boolean[] capitalized = new boolean[n];
        boolean[] quoted = new boolean[n];
        boolean[] sentenceStart = new boolean[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            words[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
            capitalized[i] = Character.isUpperCase(text.charAt(starts[i]));
            quoted[i] = sentences.quoted(starts[i]);
        }
        int token = 0;
        int sentence = from;
        while (sentence < to && token < n) {
            while (token < n && starts[token] < sentence) {
                token++;
            }
            if (token < n) {
                sentenceStart[token] = true;
            }
            sentence = sentences.skipSpace(sentences.end(sentence, to), to);
        }
        return new TokenSequence(starts, ends, words, capitalized, quoted, sentenceStart);
    }

    int size() {
        return words.length;
    }

    /** The first token of the sentence that holds the token given. */
    int sentenceFirst(int token) {
        int first = token;
        while (first > 0 && !sentenceStart[first]) {
            first--;
        }
        return first;
    }
}
