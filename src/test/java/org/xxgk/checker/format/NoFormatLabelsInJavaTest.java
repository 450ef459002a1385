package org.xxgk.checker.format;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format lives in rules/formats: no section title, table title, row, column or block label or word of a portal's
 * page is in the code that reads and checks reports (comments may quote them as examples).
 */
class NoFormatLabelsInJavaTest {

    @Test
    void theJavaCodeHoldsNoLabelOfTheFormat() throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        for (FormatDefinition format : TestRules.checker().ruleSet().formats().formats()) {
            format.sections().forEach(section -> labels.add(section.title()));
            PortalWords portal = format.portal();
            // the information bar's fields are ordinary words too ("发布日期" in a message), and stay out of it
            List.of(portal.controls(), portal.neighbourLinks(), portal.buttons()).forEach(labels::addAll);
            for (TableLayout layout : format.tables()) {
                labels.add(layout.title());
                layout.blocks().forEach(block -> labels.add(block.label()));
                for (RowSpec row : layout.rows()) {
                    labels.add(row.label());
                    labels.addAll(row.variants());
                    labels.addAll(row.groups());
                }
                for (ColumnSpec column : layout.columns()) {
                    labels.add(column.label());
                    labels.addAll(column.variants());
                }
            }
        }
        // two-character words (总计, 其他, 规章) are ordinary words as well as labels
        labels.removeIf(label -> label.length() <= 2);
        assertThat(labels).hasSizeGreaterThan(50);

        List<String> found = new ArrayList<>();
        Path sources = Path.of("src/main/java/org/xxgk/checker");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !sources.relativize(f).startsWith("cli")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                labels.stream().filter(code::contains).forEach(label -> found.add(file.getFileName() + ": " + label));
            }
        }
        assertThat(found).isEmpty();
    }
}
