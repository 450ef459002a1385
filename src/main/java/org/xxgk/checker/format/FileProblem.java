package org.xxgk.checker.format;

import java.nio.file.Path;

/**
 * Something wrong in a file of the rule set, where it stands and what is wrong.
 *
 * @param file    the file, relative to the rule set's directory where possible
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, in Chinese
 * @param detail  the original text of the tool that found it (Drools, the YAML or CSV reader), or empty
 */
public record FileProblem(Path file, int line, int column, String message, String detail) {

    /** A problem in a file of the rule set whose directory is {@code base}; the file is named relative to it. */
    public static FileProblem in(Path base, Path file, int line, int column, String message, String detail) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(absoluteBase) ? absoluteBase.relativize(absolute) : file;
        return new FileProblem(shown, line, column, message, detail);
    }

    /** The 1-based line of a file's text on which the character at {@code offset} stands. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** "file:line:column: message (detail)", the form editors and terminals link to. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.toString().replace('\\', '/'));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(message);
        if (!detail.isBlank() && !detail.equals(message)) {
            text.append("（").append(detail.strip().replaceAll("\\s+", " ")).append("）");
        }
        return text.toString();
    }
}
