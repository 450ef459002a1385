package org.xxgk.checker.engine;

import org.xxgk.checker.format.FileProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds the full-width punctuation a Chinese input method types into a DRL file outside its strings and comments:
 * {@code @severity(“ERROR”)}, {@code SumCheck（rule == "ARI-04"）}. The DRL parser calls each such mark "no viable
 * alternative at input ''", as often as it stands; this names the mark, its column and the one to type instead. A line
 * starting with '#' is left to the parser, which names the '#'.
 */
final class DrlPunctuation {
    /** A kind of mark: its name and the half-width marks to type instead. */
    private record Kind(String name, String marks, String instead) {
    }

    private static final Map<Character, Kind> KINDS = kinds();

    private DrlPunctuation() {
    }

    private static Map<Character, Kind> kinds() {
        List<Kind> kinds = List.of(new Kind("中文引号", "“”＂", "英文引号 \""), new Kind("中文单引号", "‘’＇", "英文单引号 '"),
                new Kind("中文括号", "（）", "英文括号 ( )"), new Kind("中文方括号", "【】［］", "英文方括号 [ ]"),
                new Kind("全角花括号", "｛｝", "英文花括号 { }"), new Kind("中文逗号", "，", "英文逗号 ,"),
                new Kind("中文分号", "；", "英文分号 ;"), new Kind("中文冒号", "：", "英文冒号 :"),
                new Kind("中文句号", "。", "英文句点 ."), new Kind("全角符号", "＝＜＞！＆｜＋－＊／", "对应的英文符号 = < > ! & | + - * /"));
        Map<Character, Kind> byMark = new LinkedHashMap<>();
        kinds.forEach(kind -> kind.marks().chars().forEach(mark -> byMark.put((char) mark, kind)));
        return byMark;
    }

    /** One problem for each line that holds such marks, at the first of them; none when the file has none. */
    static List<FileProblem> find(Path base, Path file, String text) {
        // by line, the columns of each kind of mark found on it
        Map<Integer, Map<Kind, List<Integer>>> found = new TreeMap<>();
        int line = 1;
        int lineStart = 0;
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                lineComment = false;
                // a quote left open is a mistake of its own, for the parser to name: the next line is read afresh
                quote = 0;
            } else if (lineComment) {
                continue;
            } else if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    i++;
                }
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && next == '/' || c == '#' && text.substring(lineStart, i).isBlank()) {
                // a line starting with '#' is no comment in DRL: the parser's message about the '#' names the mistake
                lineComment = true;
            } else if (c == '/' && next == '*') {
                blockComment = true;
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (KINDS.containsKey(c)) {
                found.computeIfAbsent(line, l -> new LinkedHashMap<>())
                        .computeIfAbsent(KINDS.get(c), k -> new ArrayList<>()).add(i - lineStart + 1);
            }
        }
        List<FileProblem> problems = new ArrayList<>();
        found.forEach((at, kinds) -> problems.add(FileProblem.in(base, file, at,
                kinds.values().stream().flatMap(List::stream).min(Integer::compare).orElse(0),
                kinds.entrySet().stream().map(kind -> kind.getKey().name() + marksOf(text, at, kind.getValue())
                                + "（第 " + kind.getValue().stream().map(String::valueOf).collect(Collectors.joining("、"))
                                + " 列）应改为" + kind.getKey().instead())
                        .collect(Collectors.joining("；"))
                        + "（切换到英文输入法再输入；引号中的文字和注释中可以用中文标点）", "")));
        return problems;
    }

    /** The marks of the kind as they stand on the line, each once: “” for a pair of Chinese quotes. */
    private static String marksOf(String text, int line, List<Integer> columns) {
        String lineText = text.lines().skip(line - 1L).findFirst().orElse("");
        return columns.stream().map(column -> String.valueOf(lineText.charAt(column - 1))).distinct()
                .collect(Collectors.joining());
    }
}
