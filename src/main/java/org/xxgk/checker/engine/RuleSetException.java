package org.xxgk.checker.engine;

import org.xxgk.checker.format.FileProblem;

import java.util.List;

/** A rule set that cannot be used; every problem names its file and, where known, its line. */
public class RuleSetException extends Exception {
    private final transient List<FileProblem> problems;

    public RuleSetException(List<FileProblem> problems) {
        super(problems.isEmpty() ? "规则集无法使用" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
