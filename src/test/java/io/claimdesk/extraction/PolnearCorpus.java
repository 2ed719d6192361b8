package io.claimdesk.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Reads a PolNeAR split in brat standoff: {@code text/NAME.txt} and {@code attributions/NAME.ann}. Each {@code E} line
 * links an attribution's source, cue and content spans; a span may be discontinuous ({@code Content 10 20;25 40}),
 * kept here as its first to last offset, and a content also as its parts.
 */
final class PolnearCorpus {

    record Span(int start, int end) {
    }

    /**
     * One attribution; source is null when the annotation names none. The content is kept from its first to its last
     * offset, and as its parts ("“A,” she said, “B.”" has two).
     */
    record Attribution(Span source, Span cue, Span content, List<Span> contentParts) {
    }

    record Document(String name, String text, List<Attribution> attributions) {
    }

    private PolnearCorpus() {
    }

    /** The train split the training commands learn from ({@code -Dextraction.corpus=PATH}); skips the test without it. */
    static Path trainSplit() {
        Path corpus = Path.of(System.getProperty("extraction.corpus", "../shared/eval/polnear-train"));
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("text")), "no corpus at " + corpus.toAbsolutePath());
        return corpus;
    }

    static List<Document> read(Path split) {
        try (Stream<Path> files = Files.list(split.resolve("text"))) {
            List<Document> documents = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Path ann = split.resolve("attributions").resolve(name.replaceFirst("\\.txt$", ".ann"));
                documents.add(new Document(name, text, Files.exists(ann) ? attributions(Files.readAllLines(ann), text) : List.of()));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Attribution> attributions(List<String> lines, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndOffsets = fields[1].split(" ", 2);
                if (typeAndOffsets.length == 2) {
                    List<Span> parts = new ArrayList<>();
                    for (String part : typeAndOffsets[1].split(";")) {
                        String[] offsets = part.trim().split(" ");
                        parts.add(new Span(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])));
                    }
                    if (parts.stream().allMatch(part -> part.end() <= text.length())) {
                        spans.put(fields[0], parts);
                    }
                }
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (!line.startsWith("E") || fields.length < 2) {
                continue;
            }
            List<Span> source = null;
            List<Span> cue = null;
            List<Span> content = null;
            for (String role : fields[1].split(" ")) {
                String[] parts = role.split(":");
                if (parts.length != 2) {
                    continue;
                }
                String kind = parts[0].replaceAll("\\d+$", "");
                switch (kind) {
                    case "Source" -> source = spans.get(parts[1]);
                    case "Cue" -> cue = spans.get(parts[1]);
                    case "Content" -> content = spans.get(parts[1]);
                    default -> {
                    }
                }
            }
            if (content != null && cue != null) {
                attributions.add(new Attribution(hull(source), hull(cue), hull(content), List.copyOf(content)));
            }
        }
        return attributions;
    }

    /** From the first part's start to the last part's end. */
    private static Span hull(List<Span> parts) {
        if (parts == null) {
            return null;
        }
        return new Span(parts.stream().mapToInt(Span::start).min().orElseThrow(),
                parts.stream().mapToInt(Span::end).max().orElseThrow());
    }
}
