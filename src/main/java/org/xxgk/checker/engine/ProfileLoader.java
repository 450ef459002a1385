package org.xxgk.checker.engine;

import org.xxgk.checker.Severity;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.YamlFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the deployment profiles of {@code rules/profiles/*.yaml}; a rule id that does not exist is a problem. */
final class ProfileLoader {
    /** The shape of a profile file. */
    static final class ProfileFile {
        public String name;
        public Map<String, String> severity;
        public List<String> disabled;
    }

    private ProfileLoader() {
    }

    /**
     * The profiles by file name (without .yaml), checked against the rule ids there are.
     *
     * @param ruleIds every rule's id, or {@code null} when some rules could not be read: the ids a profile names are
     *                then not checked, and its other mistakes still are
     */
    static Map<String, Profile> load(Path ruleSet, Set<String> ruleIds, List<FileProblem> problems) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Path dir = ruleSet.resolve("profiles");
        if (!Files.isDirectory(dir)) {
            return profiles;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                Profile profile = read(ruleSet, file, id, ruleIds, problems);
                if (profile != null) {
                    profiles.put(id, profile);
                }
            }
        } catch (IOException e) {
            problems.add(FileProblem.in(ruleSet, dir, 0, 0, "无法读取目录", String.valueOf(e.getMessage())));
        }
        return profiles;
    }

    private static Profile read(Path ruleSet, Path file, String id, Set<String> ruleIds, List<FileProblem> problems) {
        YamlFile<ProfileFile> yaml = YamlFile.read(ruleSet, file, ProfileFile.class, "配置文件", problems).orElse(null);
        if (yaml == null) {
            return null;
        }
        ProfileFile read = yaml.value();
        if (read == null) {
            return new Profile(id, Map.of(), Set.of());
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        boolean valid = true;
        for (Map.Entry<String, String> entry : read.severity == null ? Map.<String, String>of().entrySet() : read.severity.entrySet()) {
            valid &= known(entry.getKey(), ruleSet, file, yaml, ruleIds, problems);
            try {
                severities.put(entry.getKey(), Severity.valueOf(String.valueOf(entry.getValue()).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(FileProblem.in(ruleSet, file, yaml.lineOf(entry.getKey()), 0,
                        "严重程度“" + entry.getValue() + "”无效（应为 ERROR、WARNING 或 INFO）", ""));
                valid = false;
            }
        }
        List<String> disabled = read.disabled == null ? List.of() : read.disabled;
        for (String rule : disabled) {
            valid &= known(rule, ruleSet, file, yaml, ruleIds, problems);
        }
        return valid ? new Profile(read.name == null ? id : read.name, severities, Set.copyOf(disabled)) : null;
    }

    private static boolean known(String rule, Path ruleSet, Path file, YamlFile<?> yaml, Set<String> ruleIds,
                                 List<FileProblem> problems) {
        if (ruleIds == null || ruleIds.contains(rule)) {
            return true;
        }
        problems.add(FileProblem.in(ruleSet, file, yaml.lineOf(rule), 0, "规则编号“" + rule + "”不存在", ""));
        return false;
    }
}
