package org.xxgk.checker.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A YAML file of the rule set as its loader reads it: UTF-8 with or without a byte-order mark (editors on Windows
 * write one), keys the loader does not know and keys written twice refused, and a file that cannot be read or parsed
 * turned into a {@link FileProblem} at the line and column the parser names.
 *
 * @param text      the file's text, for finding where a value stands ({@link #lineOf})
 * @param value     what the file holds, {@code null} for a document of no value ({@code ~})
 * @param listItems every text item of every list in the file, in the order written, noted while it was read
 */
public record YamlFile<T>(String text, T value, List<ListItem> listItems) {
    // A key written twice would keep only its last value, in silence: a profile's second severity: block would
    // drop the first. Jackson's YAML parser honours the strict duplicate detection of its JSON parser.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");
    /** A key followed by the full-width colon an input method types: "NAR-05：ERROR", "- id：x", "{id：x". */
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^(\\s*(?:-\\s+)?(?:[{,]\\s*)?)([^\\s:#\"'\\[{,：]+)\\s*：");

    /**
     * A text item of a list, as written.
     *
     * @param key    the key the list stands under, or {@code null} for a list in a list
     * @param text   the item's text
     * @param line   1-based line where it starts
     * @param column 1-based column where it starts
     * @param quoted whether it is written in quotes, which take its text as it stands
     */
    public record ListItem(String key, String text, int line, int column, boolean quoted) {
    }

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
        } catch (CharacterCodingException e) {
            // Notepad's "ANSI" on Chinese Windows is GBK
            problems.add(FileProblem.in(base, file, 0, 0, what + "不是 UTF-8 编码（可能是 GBK，即记事本的“ANSI”）："
                    + "请用 UTF-8 编码另存，例如在记事本中“另存为”时编码选 UTF-8", String.valueOf(e.getMessage())));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(FileProblem.in(base, file, 0, 0, "无法读取" + what, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (yaml.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            problems.add(FileProblem.in(base, file, 0, 0, what + "为空" + (yaml.isBlank() ? "" : "（只有注释）")
                    + "：请写入内容，或删除这个文件", ""));
            return Optional.empty();
        }
        try (ListItemRecorder parser = new ListItemRecorder(YAML.createParser(yaml), yaml)) {
            T value = YAML.readValue(parser, type);
            return Optional.of(new YamlFile<>(yaml, value, List.copyOf(parser.items)));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int[] place = {at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()};
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            Optional<int[]> colon = fullWidthColon(yaml, place[0]);
            String reason;
            if (duplicate.find() && place[0] > 0) {
                place = keyAtOrBefore(yaml, duplicate.group(1) + ":", place);
                int first = earlierSibling(yaml, duplicate.group(1), place[0]);
                reason = "键“" + duplicate.group(1) + "”重复" + (first > 0 ? "（第 " + first + " 行已有）" : "")
                        + "：后写的值会覆盖先写的，请合并为一处";
            } else if (colon.isPresent()) {
                // "NAR-05：ERROR" is one piece of text to YAML, not a key and its value
                place = colon.get();
                reason = "键后用了中文冒号“：”，请改为英文冒号“:”，并在冒号后加一个空格";
            } else {
                if (e instanceof PropertyBindingException unknown && place[0] > 0) {
                    place = keyAtOrBefore(yaml, unknown.getPropertyName() + ":", place);
                }
                reason = reason(e);
            }
            problems.add(FileProblem.in(base, file, place[0], place[1], what + "无法解析：" + reason, e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            // a parser over a string in memory reads nothing that could fail
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a key followed by a full-width colon stands near the line the parser complained of (a few lines before it,
     * or the line after it, which the parser may not have read yet); empty when there is none.
     */
    private static Optional<int[]> fullWidthColon(String text, int reported) {
        if (reported <= 0) {
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        for (int line = Math.min(reported + 1, lines.size()); line >= Math.max(1, reported - 3); line--) {
            Matcher colon = FULL_WIDTH_COLON.matcher(lines.get(line - 1));
            if (colon.find()) {
                return Optional.of(new int[] {line, colon.end()});
            }
        }
        return Optional.empty();
    }

    /**
     * The line where a key written twice first stands: among the lines above it with the same indentation, up to the
     * line that opens the mapping both stand in; 0 when it cannot be found (a flow mapping, {@code {id: a, id: b}}).
     */
    private static int earlierSibling(String text, String key, int line) {
        List<String> lines = text.lines().toList();
        if (line < 1 || line > lines.size()) {
            return 0;
        }
        String duplicate = lines.get(line - 1);
        int indent = duplicate.length() - duplicate.stripLeading().length();
        for (int earlier = line - 1; earlier >= 1; earlier--) {
            String candidate = lines.get(earlier - 1);
            String content = candidate.stripLeading();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int candidateIndent = candidate.length() - content.length();
            if (candidateIndent < indent) {
                return 0;
            }
            if (candidateIndent == indent && (content.startsWith(key + ":") || content.startsWith("- " + key + ":"))) {
                return earlier;
            }
        }
        return 0;
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
        return lineOf(token, 1);
    }

    /** The 1-based line where {@code token} stands for the given time (1 for the first), or 0 when it does not. */
    public int lineOf(String token, int occurrence) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        int at = -1;
        for (int found = 0; found < occurrence; found++) {
            at = text.indexOf(token, at + 1);
            if (at < 0) {
                return 0;
            }
        }
        return FileProblem.lineAt(text, at);
    }

    /**
     * Names the items of the lists under the given keys that hold a full-width comma ("[收费，免费]" typed with a
     * Chinese input method): YAML takes the item for one word, and neither word is ever found. An enumeration comma
     * is taken as written: "复议、诉讼" is a phrase reports write. A quoted item is taken as written.
     *
     * @param base the rule set's directory: problems name the file relative to it
     */
    public List<FileProblem> wordsRunTogether(Path base, Path file, Predicate<String> checkedKey) {
        List<FileProblem> problems = new ArrayList<>();
        for (ListItem item : listItems) {
            if (!item.quoted() && checkedKey.test(item.key()) && item.text().contains("，")) {
                problems.add(FileProblem.in(base, file, item.line(), item.column(), "列表项“" + item.text()
                        + "”中有中文逗号“，”：几个词语应使用英文逗号分隔，如 [" + String.join(", ", item.text().split("，"))
                        + "]（要查找的文字本身含有这个标点时，请给这一项加英文引号）", ""));
            }
        }
        return problems;
    }

    /**
     * The 1-based line where a key stands ({@code key:} outside a comment) in the list entry that holds line
     * {@code from}, above or below it; 0 when it does not, or when {@code from} is 0 (the entry was not found): a key
     * such as {@code total_words} stands under every table that has it, before the table's {@code id:} or after it.
     */
    public int lineOfKey(String key, int from) {
        List<String> lines = text.lines().toList();
        if (from < 1 || from > lines.size()) {
            // the entry itself was not found: another entry's key would be the wrong line
            return 0;
        }
        int start = from;
        while (start > 1 && !lines.get(start - 1).stripLeading().startsWith("- ")) {
            start--;
        }
        int indent = indentOf(lines.get(start - 1));
        for (int line = start; line <= lines.size(); line++) {
            String raw = lines.get(line - 1);
            String content = raw.strip();
            boolean nextEntry = line > start && !content.isEmpty() && !content.startsWith("#")
                    && indentOf(raw) <= indent;
            if (nextEntry) {
                break;
            }
            if (!content.startsWith("#") && content.contains(key + ":")) {
                return line;
            }
        }
        return 0;
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    /**
     * A parser that notes each text item of a list as the reader of the file's value passes it, so that the file is
     * parsed once for its value and its items.
     */
    private static final class ListItemRecorder extends JsonParserDelegate {
        private final String text;
        private final List<ListItem> items = new ArrayList<>();

        ListItemRecorder(JsonParser parser, String text) {
            super(parser);
            this.text = text;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            JsonStreamContext context = getParsingContext();
            if (token == JsonToken.VALUE_STRING && context.inArray()) {
                JsonLocation at = currentTokenLocation();
                int offset = (int) at.getCharOffset();
                boolean quoted = offset >= 0 && offset < text.length() && (text.charAt(offset) == '"' || text.charAt(offset) == '\'');
                items.add(new ListItem(context.getParent() == null ? null : context.getParent().getCurrentName(),
                        getText(), at.getLineNr(), at.getColumnNr(), quoted));
            }
            return token;
        }

        // JsonParserDelegate skips by its parser's own nextToken, past this one: the items of a value the reader
        // skips (a key it ignores) would not be noted
        @Override
        public JsonParser skipChildren() throws IOException {
            int open = currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY ? 1 : 0;
            while (open > 0) {
                JsonToken token = nextToken();
                open = token == null ? 0 : token.isStructStart() ? open + 1 : token.isStructEnd() ? open - 1 : open;
            }
            return this;
        }
    }
}
