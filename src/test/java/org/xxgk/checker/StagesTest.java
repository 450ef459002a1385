package org.xxgk.checker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * A package per stage, each using only the stages before it: the format definition, the report model, reading and
 * the prose's facts, the rule engine, then what presents results (renderers, fixtures, batches) and the two front
 * ends. The library API in the root package is the facade over all of them and stands outside the layers.
 */
class StagesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xxgk.checker");

    @Test
    void eachStageUsesOnlyTheStagesBeforeIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("format").definedBy("org.xxgk.checker.format..")
                .layer("report").definedBy("org.xxgk.checker.report..")
                .layer("ingest").definedBy("org.xxgk.checker.ingest..")
                .layer("narrative").definedBy("org.xxgk.checker.narrative..")
                .layer("engine").definedBy("org.xxgk.checker.engine..")
                .layer("render").definedBy("org.xxgk.checker.render..")
                .layer("conformance").definedBy("org.xxgk.checker.conformance..")
                .layer("batch").definedBy("org.xxgk.checker.batch..")
                .layer("http").definedBy("org.xxgk.checker.http..")
                .layer("cli").definedBy("org.xxgk.checker.cli..")
                .whereLayer("report").mayOnlyBeAccessedByLayers("ingest", "narrative", "engine", "render",
                        "conformance", "batch", "http", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("engine", "batch", "http", "cli")
                .whereLayer("narrative").mayOnlyBeAccessedByLayers("engine", "render", "batch", "http", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("render", "conformance", "batch", "http", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("batch", "http", "cli")
                .whereLayer("conformance").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("http").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .check(MAIN);
    }
}
