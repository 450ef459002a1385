package org.xxgk.checker.engine;

import org.xxgk.checker.format.FileProblem;

import java.nio.file.Path;
import java.util.List;

/** A rule set that cannot be used; every problem names its file and, where known, its line. */
public class RuleSetException extends Exception {
    private final transient List<FileProblem> problems;
    private final transient Path directory;

    /** @param directory the rule set's directory, named in messages where several rule sets are at hand */
    public RuleSetException(Path directory, List<FileProblem> problems) {
        super(problems.isEmpty() ? "规则集无法使用" : problems.get(0).toString());
        this.directory = directory;
        this.problems = List.copyOf(problems);
    }

    public Path directory() {
        return directory;
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
