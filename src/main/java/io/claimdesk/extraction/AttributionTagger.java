package io.claimdesk.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain tagger marking the source, cue and content of attributions in a paragraph with BIO tags, learned by
 * an averaged structured perceptron ({@link AttributionTrainer}) and decoded with Viterbi. Features are hashed into
 * {@code 2^BITS} buckets; only buckets with weights are kept.
 */
final class AttributionTagger {

    static final int O = 0;
    static final int B_SOURCE = 1;
    static final int I_SOURCE = 2;
    static final int B_CUE = 3;
    static final int I_CUE = 4;
    static final int B_CONTENT = 5;
    static final int I_CONTENT = 6;
    static final int TAGS = 7;
    static final int BITS = 20;

    private static final int MAGIC = 0x41545433;
    /** Weights are kept as multiples of 1/SCALE; smaller ones round to nothing. */
    private static final float SCALE = 16;
    private static final String RESOURCE = "/extraction/en/attribution-tagger.bin.gz";

    /** Bucket ids (plus one; zero marks a free slot), open addressing. */
    private final int[] slots;
    /** Emission weights per slot and tag, in units of 1/SCALE. */
    private final short[] emissions;
    /** TAGS x TAGS transition weights, then TAGS start weights. */
    private final float[] transitions;
    /** Words the training annotation marks as cues often enough, read as attribution words by the features. */
    private final Set<String> cueWords;

    private AttributionTagger(int[] slots, short[] emissions, float[] transitions, Set<String> cueWords) {
        this.slots = slots;
        this.emissions = emissions;
        this.transitions = transitions;
        this.cueWords = cueWords;
    }

    Set<String> cueWords() {
        return cueWords;
    }

    /** The model shipped with the application. */
    static AttributionTagger english() {
        return Shipped.TAGGER;
    }

    private static final class Shipped {
        private static final AttributionTagger TAGGER = ShippedModels.load(RESOURCE, AttributionTagger::read);
    }

    /** Keeps the buckets of a dense weight vector (bucket x tag) that hold any weight at the stored precision. */
    static AttributionTagger fromDense(float[] dense, float[] transitions, Set<String> cueWords) {
        int buckets = dense.length / TAGS;
        short[] quantized = new short[dense.length];
        int used = 0;
        for (int b = 0; b < buckets; b++) {
            boolean any = false;
            for (int t = 0; t < TAGS; t++) {
                float scaled = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(dense[b * TAGS + t] * SCALE)));
                quantized[b * TAGS + t] = (short) scaled;
                any |= scaled != 0;
            }
            used += any ? 1 : 0;
        }
        int[] slots = new int[capacity(used)];
        short[] emissions = new short[slots.length * TAGS];
        for (int b = 0; b < buckets; b++) {
            boolean any = false;
            for (int t = 0; t < TAGS; t++) {
                any |= quantized[b * TAGS + t] != 0;
            }
            if (any) {
                int slot = place(slots, b);
                slots[slot] = b + 1;
                System.arraycopy(quantized, b * TAGS, emissions, slot * TAGS, TAGS);
            }
        }
        return new AttributionTagger(slots, emissions, transitions.clone(), Set.copyOf(cueWords));
    }

    /** A power of two leaving a third of the slots free. */
    private static int capacity(int used) {
        return Integer.highestOneBit(Math.max(16, used + used / 2)) * 2;
    }

    private static int place(int[] slots, int bucket) {
        int mask = slots.length - 1;
        int slot = mix(bucket) & mask;
        while (slots[slot] != 0 && slots[slot] != bucket + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(int value) {
        int h = value * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The most likely tag of every token. */
    int[] tag(TokenSequence sequence) {
        return tag(AttributionFeatures.of(sequence, cueWords));
    }

    int[] tag(int[][] features) {
        return decode(features, this::addEmissions, transitions);
    }

    /** The tags of a paragraph, and for every token how far its tag's emission score stands above the best other's. */
    record Tagging(int[] tags, float[] margins) {
    }

    Tagging tagWithMargins(TokenSequence sequence) {
        int[][] features = AttributionFeatures.of(sequence, cueWords);
        float[] margins = new float[features.length];
        int[] next = {0};
        float[] emitted = new float[features.length * TAGS];
        int[] tags = decode(features, (tokenFeatures, scores) -> {
            addEmissions(tokenFeatures, scores);
            System.arraycopy(scores, 0, emitted, TAGS * next[0]++, TAGS);
        }, transitions);
        for (int i = 0; i < tags.length; i++) {
            // Begin and inside of one part are one reading: the margin is that of the part over the best other part.
            float same = Float.NEGATIVE_INFINITY;
            float other = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < TAGS; t++) {
                if (part(t) == part(tags[i])) {
                    same = Math.max(same, emitted[i * TAGS + t]);
                } else {
                    other = Math.max(other, emitted[i * TAGS + t]);
                }
            }
            margins[i] = same - other;
        }
        return new Tagging(tags, margins);
    }

    private void addEmissions(int[] features, float[] scores) {
        int mask = slots.length - 1;
        for (int feature : features) {
            int slot = mix(feature) & mask;
            while (slots[slot] != 0) {
                if (slots[slot] == feature + 1) {
                    int base = slot * TAGS;
                    for (int t = 0; t < TAGS; t++) {
                        scores[t] += emissions[base + t];
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        for (int t = 0; t < TAGS; t++) {
            scores[t] /= SCALE;
        }
    }

    interface Emissions {
        void add(int[] features, float[] scores);
    }

    /** Outside, source, cue or content: 0 to 3. */
    private static int part(int tag) {
        return (tag + 1) / 2;
    }

    /** An inside tag continues its own kind only. */
    static boolean allowed(int previous, int tag) {
        if (tag == I_SOURCE || tag == I_CUE || tag == I_CONTENT) {
            return previous == tag || previous == tag - 1;
        }
        return true;
    }

    static int[] decode(int[][] features, Emissions emissions, float[] transitions) {
        int n = features.length;
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[][] best = new float[n][TAGS];
        int[][] back = new int[n][TAGS];
        float[] scores = new float[TAGS];
        for (int i = 0; i < n; i++) {
            Arrays.fill(scores, 0);
            emissions.add(features[i], scores);
            for (int t = 0; t < TAGS; t++) {
                if (i == 0) {
                    boolean inside = t == I_SOURCE || t == I_CUE || t == I_CONTENT;
                    best[0][t] = inside ? Float.NEGATIVE_INFINITY : scores[t] + transitions[TAGS * TAGS + t];
                    continue;
                }
                float top = Float.NEGATIVE_INFINITY;
                int from = O;
                for (int p = 0; p < TAGS; p++) {
                    if (!allowed(p, t)) {
                        continue;
                    }
                    float score = best[i - 1][p] + transitions[p * TAGS + t];
                    if (score > top) {
                        top = score;
                        from = p;
                    }
                }
                best[i][t] = top + scores[t];
                back[i][t] = from;
            }
        }
        int last = O;
        for (int t = 1; t < TAGS; t++) {
            if (best[n - 1][t] > best[n - 1][last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = last;
            last = back[i][last];
        }
        return tags;
    }

    /**
     * The learned cue words in order, then transitions as floats, then the used buckets in ascending order: the gap to
     * the previous one, then weights.
     */
    void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(zipped, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(BITS);
        data.writeInt(TAGS);
        List<String> words = cueWords.stream().sorted().toList();
        data.writeInt(words.size());
        for (String word : words) {
            data.writeUTF(word);
        }
        for (float weight : transitions) {
            data.writeFloat(weight);
        }
        long[] bucketsAndSlots = new long[slots.length];
        int used = 0;
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] != 0) {
                bucketsAndSlots[used++] = (long) (slots[slot] - 1) << 32 | slot;
            }
        }
        Arrays.sort(bucketsAndSlots, 0, used);
        data.writeInt(used);
        int previous = 0;
        for (int i = 0; i < used; i++) {
            int bucket = (int) (bucketsAndSlots[i] >>> 32);
            int slot = (int) bucketsAndSlots[i];
            writeVarint(data, bucket - previous);
            previous = bucket;
            for (int t = 0; t < TAGS; t++) {
                data.writeShort(emissions[slot * TAGS + t]);
            }
        }
        data.flush();
        zipped.finish();
    }

    static AttributionTagger read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != BITS || data.readInt() != TAGS) {
            throw new IOException("not an attribution tagger model of this version");
        }
        int cueCount = data.readInt();
        Set<String> cueWords = new HashSet<>();
        for (int i = 0; i < cueCount; i++) {
            cueWords.add(data.readUTF());
        }
        float[] transitions = new float[TAGS * TAGS + TAGS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        int used = data.readInt();
        int[] slots = new int[capacity(used)];
        short[] emissions = new short[slots.length * TAGS];
        int bucket = 0;
        for (int i = 0; i < used; i++) {
            bucket += readVarint(data);
            int slot = place(slots, bucket);
            slots[slot] = bucket + 1;
            for (int t = 0; t < TAGS; t++) {
                emissions[slot * TAGS + t] = data.readShort();
            }
        }
        return new AttributionTagger(slots, emissions, transitions, Set.copyOf(cueWords));
    }

    private static void writeVarint(DataOutputStream data, int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            data.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        data.writeByte(rest);
    }

    private static int readVarint(DataInputStream data) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = data.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
