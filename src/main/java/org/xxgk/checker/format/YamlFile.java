package org.xxgk.checker.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A YAML file of the rule set as its loader reads it: UTF-8 with or without a byte-order mark (editors on Windows
 * write one), keys the loader does not know refused, and a file that cannot be read or parsed turned into a
 * {@link FileProblem} at the line and column the parser names.
 *
 * @param text  the file's text, for finding where a value stands ({@link #lineOf})
 * @param value what the file holds, {@code null} for an empty file
 */
public record YamlFile<T>(String text, T value) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads a file into the given type.
     *
     * @param base     the rule set's directory: problems name the file relative to it
     * @param what     what the file is, for messages ("格式定义文件", "配置文件")
     * @param problems told what is wrong when the file cannot be read or parsed
     * @return the file, or empty after adding a problem
     */
    public static <T> Optional<YamlFile<T>> read(Path base, Path file, Class<T> type, String what,
                                                 List<FileProblem> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(FileProblem.in(base, file, 0, 0, "无法读取" + what, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return Optional.of(new YamlFile<>(yaml, YAML.readValue(yaml, type)));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int[] place = {at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()};
            if (e instanceof PropertyBindingException unknown && place[0] > 0) {
                place = keyAtOrBefore(yaml, unknown.getPropertyName() + ":", place);
            }
            problems.add(FileProblem.in(base, file, place[0], place[1], what + "无法解析：" + reason(e), e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** What is wrong, in words for policy staff; the parser's English stays beside it. */
    private static String reason(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "没有“" + unknown.getPropertyName() + "”这个键（可用的键："
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining("、")) + "）";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            Class<?> type = mismatched.getTargetType();
            String key = mismatched.getPath().isEmpty() ? "此处的值"
                    : "“" + mismatched.getPath().get(mismatched.getPath().size() - 1).getFieldName() + "”";
            String expected = Collection.class.isAssignableFrom(type) ? "列表（如 [甲, 乙]，或逐行写 - 甲）"
                    : type == boolean.class || type == Boolean.class ? " true 或 false"
                    : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "数字"
                    : type == String.class ? "一段文字" : "另一种写法";
            return key + "应为" + expected;
        }
        return "不是有效的 YAML（请检查缩进、冒号和引号）";
    }

    /**
     * Where a key stands that the parser complained of only after reading its value: the last line up to the one it
     * named that holds the key, with the key's column; the parser's own place when none does.
     */
    private static int[] keyAtOrBefore(String text, String key, int[] reported) {
        List<String> lines = text.lines().toList();
        for (int line = Math.min(reported[0], lines.size()); line >= 1; line--) {
            int column = lines.get(line - 1).indexOf(key);
            if (column >= 0) {
                return new int[] {line, column + 1};
            }
        }
        return reported;
    }

    /** The 1-based line where {@code token} first stands, or 0: a problem found after parsing still points somewhere useful. */
    public int lineOf(String token) {
        int at = token == null || token.isEmpty() ? -1 : text.indexOf(token);
        return at < 0 ? 0 : FileProblem.lineAt(text, at);
    }
}
