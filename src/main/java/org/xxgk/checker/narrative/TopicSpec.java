package org.xxgk.checker.narrative;

import java.util.List;

/**
 * A topic a part of the report should (or should not) cover, recognised by its words.
 *
 * @param id     the id rules refer to
 * @param name   the name used in messages
 * @param in     where to look: section ids, {@code preamble}, {@code headings} or {@code all}
 * @param any    words of which one must appear, normalised as sentences are
 * @param near   words of which one must also appear within {@code within} characters in the same sentence, or empty
 * @param within how close the near word must be
 */
public record TopicSpec(String id, String name, List<String> in, List<String> any, List<String> near, int within) {
}
