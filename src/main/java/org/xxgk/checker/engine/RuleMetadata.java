package org.xxgk.checker.engine;

import org.xxgk.checker.Severity;

import java.nio.file.Path;

/**
 * What a rule says about itself in its DRL metadata ({@code @id @severity @title @clause @message}).
 *
 * @param id       the catalogue id, e.g. {@code ARI-04}
 * @param severity the severity its findings carry unless a profile changes it
 * @param title    a one-line title
 * @param clause   the provision it enforces
 * @param message  the message template
 * @param file     the DRL file, relative to the rule set's directory
 * @param name     the DRL rule name
 */
public record RuleMetadata(String id, Severity severity, String title, String clause, MessageTemplate message,
                           Path file, String name) {

    /** The rule's group: the folder its file is in, e.g. {@code arithmetic}. */
    public String group() {
        return file.getParent() == null ? "" : file.getParent().toString().replace('\\', '/');
    }
}
