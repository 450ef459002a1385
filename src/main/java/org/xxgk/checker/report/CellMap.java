package org.xxgk.checker.report;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.TableLayout;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * A table's cells by id, held in an array by {@link CellSpec#index()}: layout order for free, and nothing to hash
 * while a table is built, which a reader does for every report. Unmodifiable.
 */
final class CellMap extends AbstractMap<String, Cell> {
    private final TableLayout layout;
    private final List<Cell> slots;
    private final int size;

    /** @param slots the cells by index, {@code null} where the source lacks one; kept as given */
    CellMap(TableLayout layout, List<Cell> slots) {
        this.layout = layout;
        this.slots = slots;
        int count = 0;
        for (Cell cell : slots) {
            count += cell == null ? 0 : 1;
        }
        this.size = count;
    }

    @Override
    public Cell get(Object key) {
        CellSpec spec = key instanceof String id ? layout.cell(id) : null;
        return spec == null ? null : slots.get(spec.index());
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Collection<Cell> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Cell> iterator() {
                return cells(cell -> cell);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, Cell>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Cell>> iterator() {
                return cells(cell -> new SimpleImmutableEntry<>(cell.id(), cell));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The cells the source has, in layout order, each as the function makes it. */
    private <T> Iterator<T> cells(Function<Cell, T> each) {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < slots.size() && slots.get(i) == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < slots.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Cell cell = slots.get(next);
                next = advance(next + 1);
                return each.apply(cell);
            }
        };
    }
}
