package org.xxgk.checker.ingest;

import org.xxgk.checker.format.Labels;

import java.util.Collection;
import java.util.List;

/**
 * Words that only a table's header prints (a column group such as "申请人情况", the layout's header words): a label
 * that holds one, however it is spaced or bracketed, is part of the header, not a row.
 */
final class HeaderWords {
    private final List<String> keys;

    HeaderWords(Collection<String> words) {
        this.keys = words.stream().map(Labels::normalize).distinct().toList();
    }

    /** The words, normalised, in the order given. */
    List<String> keys() {
        return keys;
    }

    /** Whether a printed label holds one of the words. */
    boolean inLabel(String label) {
        String key = Labels.normalize(label);
        for (String word : keys) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
