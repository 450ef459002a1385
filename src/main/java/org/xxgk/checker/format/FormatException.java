package org.xxgk.checker.format;

import java.util.List;

/** The format definitions of a rule set cannot be used; each problem names its file and line. */
public class FormatException extends Exception {
    private final transient List<FileProblem> problems;

    public FormatException(List<FileProblem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
