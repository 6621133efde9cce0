package org.citequiz.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citequiz.corpus.DocumentSegmenter;
import org.citequiz.corpus.Exclusion;
import org.citequiz.corpus.Segmentation;

/** A bundle folder (bundle.json + texts) read and segmented as the application does, for plain tests. */
record Bundle(List<SourceText> documents, List<List<Exclusion>> excluded) {

    static Bundle load(Path folder) {
        try {
            JsonNode manifest = new ObjectMapper().readTree(folder.resolve("bundle.json").toFile());
            DocumentSegmenter segmenter = new DocumentSegmenter();
            List<SourceText> documents = new ArrayList<>();
            List<List<Exclusion>> excluded = new ArrayList<>();
            long id = 1;
            for (JsonNode entry : manifest.get("documents")) {
                String text = Files.readString(folder.resolve(entry.get("file").asText()), StandardCharsets.UTF_8);
                Segmentation seg = segmenter.segment(text);
                LocalDate published = entry.hasNonNull("publishedOn") ? LocalDate.parse(entry.get("publishedOn").asText())
                        : null;
                documents.add(new SourceText(id++, entry.get("title").asText(), text, published, seg.paragraphs(),
                        seg.sentences()));
                excluded.add(seg.excluded());
            }
            return new Bundle(documents, excluded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SourceText document(long id) {
        return documents.get((int) id - 1);
    }
}
