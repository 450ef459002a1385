package org.xxgk.checker.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --max-size} option of the commands that read reports: how large a file they read at most. */
final class MaxSizeOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "10",
            description = "单个文件的大小上限（MB，默认 ${DEFAULT-VALUE}）；更大的文件不读取，报告 INPUT-03")
    private long megabytes;

    /** The limit in bytes; a limit that is not positive is refused as a usage error. */
    long bytes() {
        if (megabytes <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-size 应为正数");
        }
        return megabytes * 1024 * 1024;
    }

    long megabytes() {
        return megabytes;
    }
}
