package org.xxgk.checker.format;

/**
 * Finds where any of some characters next stands in a text walked from start to end. Each character is looked for
 * with indexOf, which the JDK vectorises, and looked for again only once the walk has passed it: far faster on long
 * Chinese text than testing every character.
 */
public final class Marks {
    private final String text;
    private final String marks;
    /** For each mark, where it next stands at or after the walk's position; -1 when nowhere. */
    private final int[] next;

    /** @param marks the characters looked for, any of them */
    public Marks(String text, String marks) {
        this.text = text;
        this.marks = marks;
        this.next = new int[marks.length()];
        for (int kind = 0; kind < next.length; kind++) {
            next[kind] = text.indexOf(marks.charAt(kind));
        }
    }

    /** The first mark in text[from, to), or {@code to} when there is none; {@code from} never decreases. */
    public int first(int from, int to) {
        int first = to;
        for (int kind = 0; kind < next.length; kind++) {
            if (next[kind] >= 0 && next[kind] < from) {
                next[kind] = text.indexOf(marks.charAt(kind), from);
            }
            if (next[kind] >= 0 && next[kind] < first) {
                first = next[kind];
            }
        }
        return first;
    }
}
