package org.xxgk.checker.format;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A YAML file of the rule set is parsed once, for its value and for the text items of its lists. */
class YamlFileTest {
    @TempDir
    Path dir;

    /** A file of words, a list of lists, and a key the reader skips. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Words {
        public List<String> any;
        public List<List<String>> groups;
    }

    @Test
    void theListItemsAreNotedWhileTheValueIsReadWithTheirKeyPlaceAndQuotes() throws IOException {
        Path file = dir.resolve("words.yaml");
        Files.writeString(file, """
                \uFEFFany: [收费, "免收，不收"]
                groups:
                  - [复议]
                  - - '诉讼'
                notes:
                  later: [甲，乙]
                """, StandardCharsets.UTF_8);
        List<FileProblem> problems = new ArrayList<>();

        YamlFile<Words> yaml = YamlFile.read(dir, file, Words.class, "文件", problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(yaml.value().any).containsExactly("收费", "免收，不收");
        assertThat(yaml.value().groups).containsExactly(List.of("复议"), List.of("诉讼"));
        // a list in a list stands under no key; the items of a key the reader skips are noted all the same
        assertThat(yaml.listItems()).containsExactly(
                new YamlFile.ListItem("any", "收费", 1, 7, false),
                new YamlFile.ListItem("any", "免收，不收", 1, 11, true),
                new YamlFile.ListItem(null, "复议", 3, 6, false),
                new YamlFile.ListItem(null, "诉讼", 4, 7, true),
                new YamlFile.ListItem("later", "甲，乙", 6, 11, false));
    }
}
