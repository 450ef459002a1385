package org.xxgk.checker.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

    @Test
    void readsCountsAsTheyAreWritten() {
        assertThat(ChineseNumerals.value("两")).isEqualTo(2);
        assertThat(ChineseNumerals.value("零")).isZero();
        assertThat(ChineseNumerals.value("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.value("二十三")).isEqualTo(23);
        assertThat(ChineseNumerals.value("五百五十")).isEqualTo(550);
        assertThat(ChineseNumerals.value("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.value("两千零一十")).isEqualTo(2010);
        assertThat(ChineseNumerals.value("一万二千")).isEqualTo(12000);
        assertThat(ChineseNumerals.value("一万零五十")).isEqualTo(10050);
    }

    @Test
    void readsNoCountFromOtherRunsOfNumerals() {
        // digit by digit ("二〇二四"), two counts at once ("两三"), no place given ("一百五"), a multiplier alone
        assertThat(ChineseNumerals.value("二〇二四")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("两三")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("三四十")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("一百五")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("百")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("万")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("十十")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("一百零")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("零五")).isEqualTo(-1);
        // spoken short after 万: "一万五" is 15000, not 10005; "一万十二" is no count either
        assertThat(ChineseNumerals.value("一万五")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("一万十二")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("")).isEqualTo(-1);
    }

    @Test
    void readsTheNumeralWithinALongerText() {
        assertThat(ChineseNumerals.value("收到申请五百五十件", 4, 8)).isEqualTo(550);
    }
}
