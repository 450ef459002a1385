package org.xxgk.checker.ingest;

import org.xxgk.checker.format.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds which of a set of targets (rows, columns, sections) a printed label names: exactly after normalising,
 * by a known variant, or by close resemblance (a dropped or altered word), in that order of trust.
 *
 * @param <T> what the labels name
 */
final class LabelIndex<T> {
    private static final double RESEMBLANCE = 0.6;

    private final Map<String, List<Entry<T>>> exact = new HashMap<>();
    /** The same, by the labels without their numbering ("本年新收…" for "一、本年新收…"). */
    private final Map<String, List<Entry<T>>> unnumbered = new HashMap<>();
    private final List<Entry<T>> entries = new ArrayList<>();

    /** A label matched to its target; {@code deviates} when it was not printed as the format has it. */
    record Match<T>(T target, String canonical, boolean deviates) {
    }

    /** @param numbering the numbering the key starts with ({@link #numbering(String)}), worked out once */
    private record Entry<T>(T target, String canonical, String key, boolean variant, String numbering) {
        Entry(T target, String canonical, String key, boolean variant) {
            this(target, canonical, key, variant, LabelIndex.numbering(key));
        }
    }

    /** Adds a target under its canonical label and, if any, the variants that also name it. */
    void add(T target, String canonical, List<String> variants) {
        add(new Entry<>(target, canonical, Labels.normalize(canonical), false));
        for (String variant : variants) {
            add(new Entry<>(target, canonical, Labels.normalize(variant), true));
        }
    }

    private void add(Entry<T> entry) {
        exact.computeIfAbsent(entry.key(), k -> new ArrayList<>(1)).add(entry);
        if (!entry.numbering().isEmpty()) {
            unnumbered.computeIfAbsent(entry.key().substring(entry.numbering().length()), k -> new ArrayList<>(1))
                    .add(entry);
        }
        if (!entry.variant()) {
            entries.add(entry);
        }
    }

    /**
     * The target a printed label names, or {@code null}.
     *
     * @param printed   the label as printed
     * @param preferred which targets to prefer when several fit (e.g. rows of the group being read)
     * @param fuzzy     whether a resemblance is enough
     */
    Match<T> match(String printed, Predicate<T> preferred, boolean fuzzy) {
        return matchKey(Labels.normalize(printed), preferred, fuzzy);
    }

    /** {@link #match}, given the label's comparison key ({@link Labels#normalize}), for a caller that tries it twice. */
    Match<T> matchKey(String key, Predicate<T> preferred, boolean fuzzy) {
        if (key.isEmpty()) {
            return null;
        }
        List<Entry<T>> found = exact.get(key);
        if (found == null && !unnumbered.isEmpty() && numbering(key).isEmpty()) {
            // a label printed without its number, which Word or a web page may draw as list numbering outside the
            // text: the same label
            found = unnumbered.get(key);
        }
        if (found != null) {
            Entry<T> entry = pick(found, preferred);
            return new Match<>(entry.target(), entry.canonical(), entry.variant());
        }
        if (!fuzzy) {
            return null;
        }
        // an item numbered "(1)" where the format numbers it "1.": the same item, printed otherwise
        List<Entry<T>> renumbered = key.startsWith("(") ? exact.get(bracketedToDotted(key)) : null;
        if (renumbered != null) {
            Entry<T> entry = pick(renumbered, preferred);
            return new Match<>(entry.target(), entry.canonical(), true);
        }
        Entry<T> best = null;
        double bestScore = RESEMBLANCE;
        String numbering = numbering(key);
        for (Entry<T> entry : entries) {
            double bonus = preferred.test(entry.target()) ? 0.05 : 0;
            // labels of very different lengths cannot resemble each other enough: not worth comparing
            if (mostResemblance(key.length(), entry.key().length()) + bonus <= bestScore
                    || !numbering.equals(entry.numbering())) {
                continue;
            }
            double score = resemblance(key, entry.key()) + bonus;
            if (score > bestScore) {
                bestScore = score;
                best = entry;
            }
        }
        return best == null ? null : new Match<>(best.target(), best.canonical(), true);
    }

    /**
     * Whether a printed text is a piece of some target's label or of one of its other wordings: the start, middle or
     * end of a label that the source wraps over several lines.
     */
    boolean isPiece(String printed) {
        String key = Labels.normalize(printed);
        return !key.isEmpty() && exact.keySet().stream().anyMatch(label -> label.contains(key));
    }

    /** The target whose label the printed text contains, the longest such label winning ("…情况（单位：件）"). */
    Match<T> matchContained(String printed) {
        String key = Labels.normalize(printed);
        Entry<T> best = null;
        for (List<Entry<T>> candidates : exact.values()) {
            for (Entry<T> entry : candidates) {
                if (key.contains(entry.key()) && (best == null || entry.key().length() > best.key().length())) {
                    best = entry;
                }
            }
        }
        return best == null ? null : new Match<>(best.target(), best.canonical(), true);
    }

    private Entry<T> pick(List<Entry<T>> found, Predicate<T> preferred) {
        for (Entry<T> entry : found) {
            if (preferred.test(entry.target())) {
                return entry;
            }
        }
        return found.get(0);
    }

    /** A normalised label numbered "(12)" as "12.", or the label itself when it is not numbered so. */
    private static String bracketedToDotted(String key) {
        int close = key.indexOf(')');
        boolean digits = close > 1 && key.substring(1, close).chars().allMatch(c -> c >= '0' && c <= '9');
        return digits ? key.substring(1, close) + "." + key.substring(close + 1) : key;
    }

    /** The numbering a normalised label starts with ("(三)", "1.", "一."), or "". */
    static String numbering(String key) {
        int i = 0;
        boolean bracket = key.startsWith("(");
        if (bracket) {
            i = 1;
        }
        int start = i;
        while (i < key.length() && "0123456789一二三四五六七八九十".indexOf(key.charAt(i)) >= 0) {
            i++;
        }
        if (i == start) {
            return "";
        }
        if (bracket) {
            return i < key.length() && key.charAt(i) == ')' ? key.substring(0, i + 1) : "";
        }
        return i < key.length() && key.charAt(i) == '.' ? key.substring(0, i + 1) : "";
    }

    /** The most that labels of these lengths can resemble each other: their common part is at most the shorter. */
    static double mostResemblance(int length, int otherLength) {
        return 2.0 * Math.min(length, otherLength) / (length + otherLength);
    }

    /** Twice the longest common subsequence over the total length: 1 for equal labels, 0 for unrelated ones. */
    static double resemblance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1)
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 2.0 * previous[b.length()] / (a.length() + b.length());
    }
}
