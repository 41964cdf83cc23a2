package org.openbsn.portal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md: only another module's {@code api} is public, and nothing forms a cycle. */
class ArchitectureTest {

    private static final List<String> CONTEXTS = List.of("accounts", "noderegistry", "applications", "marketplace",
            "billing", "orderingbridge", "gatewayadapter", "devnet");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // other modules' test fixtures
                .importPackages("org.openbsn");
    }

    @Test
    void modulesUseOnlyEachOthersApi() {
        for (String context : CONTEXTS) {
            String module = "org.openbsn." + context + "..";
            noClasses().that().resideOutsideOfPackage(module)
                    .should().dependOnClassesThat(resideInAPackage(module)
                            .and(resideOutsideOfPackage("org.openbsn." + context + ".api..")))
                    .because(context + " exposes only its api package")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void infraKnowsNoDomain() {
        noClasses().that().resideInAnyPackage("org.openbsn.infra..", "org.openbsn.fabric..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        CONTEXTS.stream().map(c -> "org.openbsn." + c + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAPackage("org.openbsn.portal..")
                .check(classes);
    }

    @Test
    void onlyThePortalKnowsThePortal() {
        noClasses().that().resideOutsideOfPackage("org.openbsn.portal..")
                .should().dependOnClassesThat().resideInAPackage("org.openbsn.portal..")
                .check(classes);
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("org.openbsn.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.openbsn.(**)").should().beFreeOfCycles().check(classes);
    }
}
