package io.claimdesk.extraction;

import java.util.Arrays;
import java.util.Set;

/**
 * What the attribution tagger sees of each token: the words around it, their shapes, quotation and sentence limits,
 * and the nearest attribution cue word on either side within the sentence. Each feature is hashed to a bucket.
 */
final class AttributionFeatures {

    private static final int MASK = (1 << AttributionTagger.BITS) - 1;
    private static final String NONE = "-";
    private static final int MAX_FEATURES = 40;

    private AttributionFeatures() {
    }

    /** The features of each token; cue words are the attribution words of English and those the model learned. */
    static int[][] of(TokenSequence sequence, Set<String> learnedCues) {
        int n = sequence.size();
        String[] words = sequence.words();
        String[] shapes = new String[n];
        boolean[] cues = new boolean[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(words[i], sequence.capitalized()[i]);
            cues[i] = Language.english().isAttributionWord(words[i]) || learnedCues.contains(words[i]);
        }
        int[] cueLeft = new int[n];
        int[] cueRight = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (sequence.sentenceStart()[i]) {
                last = -1;
            }
            cueLeft[i] = last;
            if (cues[i]) {
                last = i;
            }
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            cueRight[i] = last;
            if (cues[i]) {
                last = i;
            }
            if (sequence.sentenceStart()[i]) {
                last = -1;
            }
        }
        // Commas and a "that" met since the cue word on the left: where a content after its cue may start or stop.
        int[] commasSinceCue = new int[n];
        boolean[] thatSinceCue = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (cueLeft[i] >= 0 && i - 1 > cueLeft[i]) {
                commasSinceCue[i] = commasSinceCue[i - 1] + (words[i - 1].equals(",") ? 1 : 0);
                thatSinceCue[i] = thatSinceCue[i - 1] || words[i - 1].equals("that");
            }
        }
        int[][] features = new int[n][];
        int[] buffer = new int[MAX_FEATURES];
        int sentenceAt = 0;
        for (int i = 0; i < n; i++) {
            if (sequence.sentenceStart()[i]) {
                sentenceAt = i;
            }
            int k = 0;
            String w = words[i];
            String previous = i > 0 ? words[i - 1] : "<s>";
            String next = i + 1 < n ? words[i + 1] : "</s>";
            buffer[k++] = hash(0, "bias");
            buffer[k++] = hash(1, w);
            buffer[k++] = hash(2, previous);
            buffer[k++] = hash(3, next);
            buffer[k++] = hash(4, i > 1 ? words[i - 2] : "<s>");
            buffer[k++] = hash(5, i + 2 < n ? words[i + 2] : "</s>");
            buffer[k++] = hash(6, previous + " " + w);
            buffer[k++] = hash(7, w + " " + next);
            buffer[k++] = hash(8, shapes[i]);
            buffer[k++] = hash(9, (i > 0 ? shapes[i - 1] : "<s>") + " " + shapes[i]);
            buffer[k++] = hash(10, shapes[i] + " " + (i + 1 < n ? shapes[i + 1] : "</s>"));
            buffer[k++] = hash(11, w.length() > 3 ? w.substring(w.length() - 3) : w);
            boolean quoted = sequence.quoted()[i];
            buffer[k++] = hash(12, (i > 0 && sequence.quoted()[i - 1] ? "q" : "-") + (quoted ? "q" : "-")
                    + (i + 1 < n && sequence.quoted()[i + 1] ? "q" : "-"));
            int inSentence = i - sentenceAt;
            buffer[k++] = hash(13, inSentence < 4 ? Integer.toString(inSentence) : "4+");
            boolean sentenceEnd = i + 1 >= n || sequence.sentenceStart()[i + 1];
            buffer[k++] = hash(14, sentenceEnd ? "end" : i + 2 >= n || sequence.sentenceStart()[i + 2] ? "last" : "in");
            buffer[k++] = hash(15, cues[i] ? "cue" : "-");
            buffer[k++] = hash(16, (i > 0 && cues[i - 1] ? "c" : "-") + (i + 1 < n && cues[i + 1] ? "c" : "-"));
            if (cueLeft[i] >= 0) {
                int distance = i - cueLeft[i];
                buffer[k++] = hash(17, words[cueLeft[i]]);
                buffer[k++] = hash(18, bucket(distance));
                String after = cueLeft[i] + 1 < n ? words[cueLeft[i] + 1] : "</s>";
                buffer[k++] = hash(19, after + " " + bucket(distance));
                buffer[k++] = hash(20, (quoted ? "q" : "-") + bucket(distance));
                buffer[k++] = hash(26, Math.min(commasSinceCue[i], 2) + (thatSinceCue[i] ? "t" : "-")
                        + (distance > 6 ? "far" : "near"));
            } else {
                buffer[k++] = hash(17, NONE);
            }
            if (cueRight[i] >= 0) {
                int distance = cueRight[i] - i;
                buffer[k++] = hash(21, words[cueRight[i]]);
                buffer[k++] = hash(22, bucket(distance));
                String before = cueRight[i] > 0 ? words[cueRight[i] - 1] : "<s>";
                buffer[k++] = hash(23, before + " " + bucket(distance));
                buffer[k++] = hash(24, (quoted ? "q" : "-") + bucket(distance));
            } else {
                buffer[k++] = hash(21, NONE);
            }
            buffer[k++] = hash(25, (cueLeft[i] >= 0 ? "L" : "-") + (cueRight[i] >= 0 ? "R" : "-") + shapes[i]);
            features[i] = Arrays.copyOf(buffer, k);
        }
        return features;
    }

    private static String bucket(int distance) {
        if (distance <= 3) {
            return Integer.toString(distance);
        }
        return distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : distance <= 25 ? "13-25" : "26+";
    }

    private static String shape(String word, boolean capitalized) {
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return "d";
        }
        if (!Character.isLetter(first)) {
            return word;
        }
        return capitalized ? (word.length() == 1 ? "X" : "Xx") : "x";
    }

    private static int hash(int template, String value) {
        int h = value.hashCode() * 0x01000193 + template * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h & MASK;
    }
}
