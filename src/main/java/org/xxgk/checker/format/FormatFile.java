package org.xxgk.checker.format;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The shape of a {@code formats/<id>/format.yaml} file as written by policy staff; {@link FormatLoader} turns it into the model. */
final class FormatFile {
    public String id;
    public String name;
    public String clause;
    public Years years;
    @JsonProperty("title_endings")
    public List<String> titleEndings;
    @JsonProperty("interpretation_words")
    public List<String> interpretationWords;
    @JsonProperty("preamble_words")
    public List<String> preambleWords;
    @JsonProperty("publication_date_labels")
    public List<String> publicationDateLabels;
    public Portal portal;
    public List<Section> sections;
    public List<Table> tables;

    static final class Portal {
        public List<String> controls;
        @JsonProperty("neighbour_links")
        public List<String> neighbourLinks;
        public List<String> buttons;
        @JsonProperty("publication_metadata")
        public List<String> publicationMetadata;
        @JsonProperty("information_bar_fields")
        public List<String> informationBarFields;
        @JsonProperty("part_names")
        public List<String> partNames;
    }

    static final class Years {
        public Integer from;
        public Integer to;
    }

    static final class Section {
        public String id;
        public String number;
        public String title;
        public List<String> variants;
    }

    static final class Table {
        public String id;
        public String table;
        public String name;
        public String section;
        public String title;
        public String kind;
        public List<String> header;
        @JsonProperty("total_words")
        public List<String> totalWords;
        @JsonProperty("remark_words")
        public List<String> remarkWords;
        @JsonProperty("sum_words")
        public List<String> sumWords;
        @JsonProperty("group_words")
        public List<String> groupWords;
        public List<Block> blocks;
        public List<Column> columns;
        public List<Row> rows;
    }

    static final class Block {
        public String label;
        public List<Column> columns;
        public List<Row> rows;
    }

    static final class Row {
        public String id;
        public String label;
        @JsonProperty("short")
        public String shortLabel;
        public List<String> variants;
        public List<String> tags;
        public String group;
        public List<Row> rows;
    }

    static final class Column {
        public String id;
        public String label;
        @JsonProperty("short")
        public String shortLabel;
        public List<String> variants;
        public List<String> tags;
        public String type;
        public String unit;
        public String group;
        public List<Column> columns;
    }
}
