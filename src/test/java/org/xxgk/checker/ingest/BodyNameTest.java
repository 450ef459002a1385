package org.xxgk.checker.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Two names titles give are one body however they write it: with or without 人民政府, an alias, a higher jurisdiction. */
class BodyNameTest {
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "北京市朝阳区人民政府|朝阳区人民政府|true",
            "老城区政府|老城区 人民政府|true",
            "青山县交通运输局(青山县港航局)|青山县交通运输局|true",
            "城区人民政府|老城区人民政府|false",
            "青山县交通局|青山县交通运输局|false"})
    void twoNamesAreOneBodyWhenTheyMatchInAnyWay(String organization, String other, boolean same) {
        assertThat(BodyName.sameBody(organization, other)).isEqualTo(same);
        assertThat(BodyName.sameBody(other, organization)).isEqualTo(same);
    }
}
