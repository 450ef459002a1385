package org.xxgk.checker.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void whiteSpaceIsJavasWhiteSpaceAndTheNoBreakSpaceForEveryCharacter() {
        StringBuilder disagreements = new StringBuilder();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || c == '\u00A0';
            if (Labels.isSpace((char) c) != expected) {
                disagreements.append(String.format("U+%04X ", c));
            }
        }
        assertThat(disagreements).as("characters the fast test answers wrongly").isEmpty();
    }

    @Test
    void labelsPrintedWithFullWidthFormsSpacesAndMarksCompareEqual() {
        assertThat(Labels.normalize("**（一）\u3000予以公开 **")).isEqualTo(Labels.normalize("(一)予以公开"));
        assertThat(Labels.normalize("1、 属于国家秘密")).isEqualTo("1.属于国家秘密");
    }
}
