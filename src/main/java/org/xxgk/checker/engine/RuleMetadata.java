package org.xxgk.checker.engine;

import org.xxgk.checker.Severity;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a rule says about itself in its DRL metadata ({@code @id @severity @title @clause @message}).
 *
 * @param id       the catalogue id, e.g. {@code ARI-04}
 * @param severity the severity its findings carry unless a profile changes it
 * @param title    a one-line title
 * @param clause   the provision it enforces, as written: {@value #FORMAT} stands for the report's format
 * @param formatClauses the provision cited instead on reports of a format, by format id: written
 *                 {@code @clause_2019("…")} where the format's own document says it otherwise or not at all
 * @param message  the message template
 * @param file     the DRL file, relative to the rule set's directory
 * @param name     the DRL rule name
 */
public record RuleMetadata(String id, Severity severity, String title, String clause,
                           Map<String, String> formatClauses, MessageTemplate message, Path file, String name) {

    /** The metadata key of a clause for one format: {@code clause_} and the format's id. */
    public static final String FORMAT_CLAUSE = "clause_";

    /**
     * Written in a {@code @clause}, the document of the format in force for the report's year (of the format its
     * tables follow when it names no year): a rule that holds in every format cites 〔2021〕30号 on a 2024 report and
     * the trial format's 〔2019〕60号 on a 2020 one.
     */
    public static final String FORMAT = "{格式}";

    /** The rule's group: the folder its file is in, e.g. {@code arithmetic}. */
    public String group() {
        return file.getParent() == null ? "" : file.getParent().toString().replace('\\', '/');
    }

    /** The provision a finding on a report of this format cites. */
    public String clause(FormatDefinition format) {
        return formatClauses.getOrDefault(format.id(), clause).replace(FORMAT, format.clause());
    }

    /**
     * The provision as a rule list shows it: for the newest format, followed by what older formats' reports cite,
     * e.g. "国办公开办函〔2021〕30号 表三（2019—2020年度：国办公开办函〔2019〕60号 表三）".
     */
    public String clause(FormatCatalog formats) {
        if (!clause.contains(FORMAT) && formatClauses.isEmpty()) {
            return clause;
        }
        List<String> older = new ArrayList<>();
        for (FormatDefinition format : formats.formats()) {
            if (format != formats.newest()) {
                String years = format.yearTo() == null || format.yearTo() == format.yearFrom()
                        ? String.valueOf(format.yearFrom()) : format.yearFrom() + "—" + format.yearTo();
                older.add(years + "年度：" + clause(format));
            }
        }
        String newest = clause(formats.newest());
        return older.isEmpty() ? newest : newest + "（" + String.join("；", older) + "）";
    }
}
