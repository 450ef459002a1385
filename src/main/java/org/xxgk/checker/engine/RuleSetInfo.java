package org.xxgk.checker.engine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.xxgk.checker.format.FileProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The name and version a rule set gives itself in {@code ruleset.yaml}.
 *
 * @param name    the name
 * @param version the version, or "未标注" when the file gives none
 */
record RuleSetInfo(String name, String version) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The shape of {@code ruleset.yaml}. */
    static final class InfoFile {
        public String name;
        public String version;
    }

    static RuleSetInfo read(Path dir, List<FileProblem> problems) {
        Path file = dir.resolve("ruleset.yaml");
        String fallback = dir.getFileName() == null ? "rules" : dir.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new RuleSetInfo(fallback, "未标注");
        }
        try {
            InfoFile info = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), InfoFile.class);
            return new RuleSetInfo(info == null || info.name == null ? fallback : info.name,
                    info == null || info.version == null ? "未标注" : String.valueOf(info.version));
        } catch (JacksonException e) {
            problems.add(FileProblem.in(dir, file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 0,
                    "ruleset.yaml 无法解析", e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(FileProblem.in(dir, file, 0, 0, "无法读取 ruleset.yaml", String.valueOf(e.getMessage())));
        }
        return new RuleSetInfo(fallback, "未标注");
    }
}
