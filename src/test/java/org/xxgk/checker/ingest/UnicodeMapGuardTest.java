package org.xxgk.checker.ingest;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnicodeMapGuardTest {
    private static final String HEAD = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "2 beginbfrange\n<0021> <0021> <0020>\n<22D5> <22D7> <4E09>\nendbfrange",
            // an identity map over a whole plane, which PDFBox reads as such
            "1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange",
            // destinations in an array, and codes written with spaces
            "1 beginbfrange\n<00 30> <00 32> [<0030> <0031> <0032>]\nendbfrange",
            "2 beginbfchar\n<0003> <0020>\n<05C6> <3001>\nendbfchar"})
    void aMapOfUsualRangesIsLoaded(String mappings) throws IOException {
        assertThatCode(() -> new UnicodeMapGuard().getFont(font(mappings))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1 beginbfrange\n<00000000> <7FFFFFFF> <20>\nendbfrange",
            "2 beginbfrange\n<0021> <0021> <0020>\n<000100> <FFFFFF> <4E00>\nendbfrange",
            // the first entry's array ends it; the next is read on its own
            "2 beginbfrange\n<0030> <0031> [<0030> <0031>]\n<0000> <00FFFFFF> <0041>\nendbfrange"})
    void aMapWithARangeOfMoreCodesThanAnyMapHasIsRefused(String mappings) throws IOException {
        assertThatThrownBy(() -> new UnicodeMapGuard().getFont(font(mappings)))
                .isInstanceOf(UnicodeMapGuard.RunawayUnicodeMap.class)
                .hasMessage("字体的字符映射表超出范围");
    }

    @Test
    void eachFontIsLookedAtOnceThoughPagesAskForItAgain() throws IOException {
        UnicodeMapGuard guard = new UnicodeMapGuard();
        COSObject font = font("1 beginbfrange\n<0000> <FFFFFF> <20>\nendbfrange");

        assertThatThrownBy(() -> guard.getFont(font)).isInstanceOf(UnicodeMapGuard.RunawayUnicodeMap.class);
        // the file is given up at the first refusal; a second question finds the font looked at already
        assertThatCode(() -> guard.getFont(font)).doesNotThrowAnyException();
    }

    private static COSObject font(String mappings) throws IOException {
        COSStream map = new COSStream();
        try (OutputStream out = map.createOutputStream()) {
            out.write((HEAD + mappings + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.TO_UNICODE, map);
        return new COSObject(font);
    }
}
