package org.xxgk.checker.engine;

import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.YamlFile;

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
        InfoFile info = YamlFile.read(dir, file, InfoFile.class, "ruleset.yaml 文件", problems)
                .map(YamlFile::value).orElse(null);
        if (info != null) {
            return new RuleSetInfo(info.name == null ? fallback : info.name,
                    info.version == null ? "未标注" : String.valueOf(info.version));
        }
        return new RuleSetInfo(fallback, "未标注");
    }
}
