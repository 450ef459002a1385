package org.xxgk.checker.cli;

/** What {@code rules new} writes: a rule that works as it stands, and fixtures that prove it, to be edited. */
final class RuleTemplates {
    static final String FAIL_EXAMPLE = """
            某某县人民政府2024年政府信息公开工作年度报告

            六、其他需要报告的事项

            无。
            """;

    static final String PASS_EXAMPLE = """
            某某县人民政府2024年政府信息公开工作年度报告

            六、其他需要报告的事项

            本机关2024年度未收取政府信息公开信息处理费，无其他需要报告的事项。
            """;

    private RuleTemplates() {
    }

    static String rule(String id, String folder) {
        return """
                package xxgk.rules.%2$s;

                import org.xxgk.checker.narrative.*;
                import org.xxgk.checker.report.*;

                global org.xxgk.checker.engine.FindingCollector findings;

                // TODO 用一两句话说明这条规则检查什么。
                // 依据：TODO 条例或格式的条款。
                rule "%1$s"
                    @id("%1$s")
                    @severity("WARNING")
                    @title("TODO 规则标题")
                    @clause("TODO 依据的条款")
                    @message("第六部分只有{$section.body.length}个字，内容过少")
                when
                    // 示例条件：第六部分不足10个字。请改为这条规则要检查的情况，并相应修改 fixtures 中的用例。
                    $section : Section(id == "s6", body.length < 10)
                then
                    findings.report(drools);
                end
                """.formatted(id, folder);
    }

    static final String FAIL_EXPECTED = """
            {
              "findings": [
                { "message": "第六部分只有2个字，内容过少" }
              ]
            }
            """;
}
