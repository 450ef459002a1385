package org.xxgk.checker.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The format versions a rule set knows, oldest first. */
public final class FormatCatalog {
    private final List<FormatDefinition> formats;

    public FormatCatalog(List<FormatDefinition> formats) {
        this.formats = formats.stream().sorted(Comparator.comparingInt(FormatDefinition::yearFrom)).toList();
        if (this.formats.isEmpty()) {
            throw new IllegalArgumentException("a format catalogue needs at least one format");
        }
    }

    public List<FormatDefinition> formats() {
        return formats;
    }

    public Optional<FormatDefinition> byId(String id) {
        // asked for every table of every report: a loop over the two or three formats, not a stream
        for (FormatDefinition format : formats) {
            if (format.id().equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a report of this year should use; the newest one when the year is unknown or later than all. */
    public FormatDefinition forYear(Integer year) {
        if (year != null) {
            for (FormatDefinition format : formats) {
                if (format.appliesTo(year)) {
                    return format;
                }
            }
            if (year < formats.get(0).yearFrom()) {
                return formats.get(0);
            }
        }
        return newest();
    }

    public FormatDefinition newest() {
        return formats.get(formats.size() - 1);
    }

    /** Every layout of one of the report's tables across the formats, newest format first. */
    public List<TableLayout> layoutsOf(String table) {
        List<TableLayout> layouts = new ArrayList<>();
        for (int i = formats.size() - 1; i >= 0; i--) {
            formats.get(i).layout(table).ifPresent(layouts::add);
        }
        return layouts;
    }

    /** The layout whose cell ids start with this prefix in the given format, e.g. {@code t2v19} in 2019. */
    public Optional<TableLayout> layoutWithId(FormatDefinition format, String layoutId) {
        return format.tables().stream().filter(layout -> layout.id().equals(layoutId)).findFirst();
    }
}
