package org.xxgk.checker.engine;

import java.util.List;

/** Says in plain Chinese what the Drools builder's messages mean, for rule authors who do not read its English. */
final class DroolsMessages {
    private record Translation(String marker, String summary) {
    }

    /** Most specific first: the first marker found in the builder's text decides. */
    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation("unable to resolve method", "条件中引用了事实类型没有的属性（检查属性名的拼写）"),
            new Translation("Unable to Analyse Expression", "条件表达式无法解析（检查属性名和运算符）"),
            new Translation("Unable to resolve ObjectType", "找不到条件中的事实类型（检查 import 语句）"),
            new Translation("Unable to find class", "找不到所引用的类（检查 import 和 global 语句）"),
            new Translation("Error importing", "import 的类型不存在（检查 import 语句）"),
            new Translation("cannot be resolved to a type", "找不到所引用的类型（检查 import 语句）"),
            new Translation("cannot be resolved", "引用了未定义的名称（检查变量、属性或全局变量的名称）"),
            new Translation("is not defined", "引用了未定义的名称"),
            new Translation("Duplicate rule name", "规则名称重复"),
            new Translation("mismatched input '#'", "语法错误：DRL 的注释以 // 开头，不能用 #"),
            new Translation("mismatched input", "语法错误：此处的写法不符合 DRL 语法（检查括号、引号、逗号和 then/end）"),
            new Translation("extraneous input", "语法错误：此处多了内容"),
            new Translation("no viable alternative", "语法错误：无法识别此处的写法"),
            new Translation("missing", "语法错误：缺少必要的符号或关键字"),
            new Translation("Syntax error", "语法错误"));

    private DroolsMessages() {
    }

    static String summary(String droolsText) {
        for (Translation translation : TRANSLATIONS) {
            if (droolsText.contains(translation.marker())) {
                return translation.summary();
            }
        }
        return "规则无法编译";
    }
}
