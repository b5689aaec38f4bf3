package com.voicedesk.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rule of docs/architecture.md: domain <- application <- adapters, bootstrap wires.
 * Runs over the production classes of every module (this module's test classpath holds them all).
 */
class DependencyRuleTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.voicedesk");
    }

    @Test
    void everyModuleIsPresent() {
        for (String pkg : new String[]{"domain", "application", "adapters.persistence", "adapters.livekit", "bootstrap"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.voicedesk." + pkg)))
                    .as("classes of com.voicedesk." + pkg + " were imported").isTrue();
        }
    }

    @Test
    void theDomainUsesOnlyJavaAndMutiny() {
        ArchRule rule = classes().that().resideInAPackage("com.voicedesk.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.voicedesk.domain..", "java..", "io.smallrye.mutiny..")
                .because("the domain is plain Java; Mutiny is its one dependency (DESIGN.md §2)");
        rule.check(classes);
    }

    @Test
    void theApplicationUsesOnlyTheDomainJavaAndMutiny() {
        ArchRule rule = classes().that().resideInAPackage("com.voicedesk.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.voicedesk.application..", "com.voicedesk.domain..", "java..",
                        "javax.crypto..", "io.smallrye.mutiny..")
                .because("use cases are framework-free (javax.crypto is the JDK's own HMAC); bootstrap wires them");
        rule.check(classes);
    }

    @Test
    void noAdapterImportsAnotherAdapter() {
        slices().matching("com.voicedesk.adapters.(*)..").should().notDependOnEachOther()
                .because("adapters meet only through the ports").check(classes);
    }

    @Test
    void nothingImportsBootstrap() {
        noClasses().that().resideOutsideOfPackage("com.voicedesk.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("com.voicedesk.bootstrap..")
                .because("bootstrap is the outermost ring").check(classes);
    }

    @Test
    void theInnerRingsDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("com.voicedesk.domain..", "com.voicedesk.application..")
                .should().dependOnClassesThat().resideInAPackage("com.voicedesk.adapters..")
                .check(classes);
        noClasses().that().resideInAPackage("com.voicedesk.domain..")
                .should().dependOnClassesThat().resideInAPackage("com.voicedesk.application..")
                .check(classes);
    }
}
