package org.xxgk.checker.report;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.CellSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells of the seed's tables, as the reader keeps them, against a plain map built from the same cells. */
class CellMapTest {

    @Test
    void answersLikeAMapOfTheCellsInLayoutOrder() {
        Report seed = TestRules.checker().check(TestRules.seed(), "seed").report();
        for (Table table : seed.tables()) {
            Map<String, Cell> plain = new LinkedHashMap<>();
            for (CellSpec spec : table.layout().cells()) {
                Cell cell = table.cell(spec);
                if (cell != null) {
                    plain.put(spec.id(), cell);
                }
            }
            assertThat(table.cells()).isInstanceOf(CellMap.class);
            assertThat(table.cells()).isEqualTo(plain).hasSameHashCodeAs(plain);
            assertThat(List.copyOf(table.cells().keySet())).containsExactlyElementsOf(plain.keySet());
            assertThat(List.copyOf(table.cellList())).containsExactlyElementsOf(plain.values());
            plain.forEach((id, cell) -> assertThat(table.cell(id)).isSameAs(cell));
        }
    }

    @Test
    void aCellTheSourceLacksOrAnotherLayoutsIdIsAbsent() {
        Table table = TestRules.checker().check(TestRules.seed(), "seed").report().tables().get(0);
        List<Cell> slots = new java.util.ArrayList<>(table.slots());
        Cell removed = slots.set(0, null);
        CellMap map = new CellMap(table.layout(), slots);

        assertThat(map.get(removed.id())).isNull();
        assertThat(map.containsKey(removed.id())).isFalse();
        assertThat(map.size()).isEqualTo(table.cells().size() - 1);
        assertThat(map.get("t9.no.such")).isNull();
        assertThat(map.get(42)).isNull();
        assertThat(map.values()).hasSize(map.size()).doesNotContain(removed);
    }
}
