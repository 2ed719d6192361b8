package io.claimdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The feature packages depend on each other one way only, and the extraction engine stands on its own. */
class PackageDependenciesTest {

    private static final JavaClasses CLAIMDESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.claimdesk");

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("io.claimdesk.(*)..").should().beFreeOfCycles().check(CLAIMDESK);
    }

    @Test
    void extractionEngineUsesNothingButTheJdk() {
        // Plain Java: usable and testable without a database, HTTP or the rest of the service.
        classes().that().resideInAPackage("io.claimdesk.extraction..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.claimdesk.extraction..", "java..")
                .check(CLAIMDESK);
    }
}
