package org.xxgk.checker.engine;

import org.kie.api.runtime.rule.ConsequenceException;

/** A rule failed while running on a report: a defect of the rule set, reported with the rule's name. */
public class RuleExecutionException extends RuntimeException {

    RuleExecutionException(RuntimeException cause) {
        super(describe(cause), cause);
    }

    private static String describe(RuntimeException cause) {
        String rule = cause instanceof ConsequenceException consequence && consequence.getMatch() != null
                ? "规则“" + consequence.getMatch().getRule().getName() + "”" : "规则";
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return rule + "运行出错：" + detail;
    }
}
