package org.xxgk.checker.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The command line's mistakes said in Chinese, as the rest of the tool speaks; picocli words them in English. */
final class ParameterMessages {
    private static final Pattern NOT_ONE_OF = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '([^']+)': expected one of \\[(.*)] \\(case-\\w+\\) but was '(.*)'");
    private static final Pattern NOT_CONVERTED = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '([^']+)': '(.*)' is not an? (\\w+).*", Pattern.DOTALL);
    /** picocli keeps only the text of the exception of its Path converter. */
    private static final Pattern NOT_A_PATH = Pattern.compile(
            "Invalid value for .*: cannot convert '.*' to .*\\(java\\.nio\\.file\\.InvalidPathException: .*\\)", Pattern.DOTALL);
    /** What a converter of ours says is wrong with a value, after picocli's English prefix. */
    private static final Pattern INVALID_OPTION = Pattern.compile("Invalid value for option '([^']+)': (.*)", Pattern.DOTALL);

    private ParameterMessages() {
    }

    static String inChinese(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return "缺少参数：" + missing.getMissing().stream().map(ParameterMessages::name).collect(Collectors.joining("、"));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> arguments = unmatched.getUnmatched();
            boolean options = arguments.stream().allMatch(argument -> argument.startsWith("-"));
            List<String> suggestions = unmatched.getSuggestions();
            return (options ? "未知选项：" : "无法识别的参数：") + String.join(" ", arguments)
                    + (suggestions.isEmpty() ? "" : "（是否想用 " + String.join("、", suggestions) + "？）");
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能给出一次";
        }
        String message = String.valueOf(e.getMessage());
        if (NOT_A_PATH.matcher(message).matches()) {
            // on Linux only a name the locale's charset cannot encode: a Chinese path where LANG is unset (cron, systemd)
            return "路径“" + e.getValue() + "”含无法解码的字符，请设置 LANG=C.UTF-8 后重试";
        }
        Matcher notOneOf = NOT_ONE_OF.matcher(message);
        if (notOneOf.matches()) {
            return notOneOf.group(1) + " 应为 " + notOneOf.group(2).replace(", ", "、") + " 之一，而不是“" + notOneOf.group(3) + "”";
        }
        Matcher notConverted = NOT_CONVERTED.matcher(message);
        if (notConverted.matches()) {
            String type = switch (notConverted.group(3)) {
                case "int", "long" -> "整数";
                case "double", "float" -> "数";
                default -> notConverted.group(3);
            };
            return notConverted.group(1) + " 应为" + type + "，而不是“" + notConverted.group(2) + "”";
        }
        Matcher invalidOption = INVALID_OPTION.matcher(message);
        if (invalidOption.matches()) {
            return "选项 " + invalidOption.group(1) + " 的值无效：" + invalidOption.group(2);
        }
        return message;
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
