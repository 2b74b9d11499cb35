package dev.failoverstudio.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules of ARCHITECTURE.md, checked on the production classes. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.failoverstudio");
    }

    @Test
    void rule1_domainImportsOnlyJavaAndItself() {
        classes().that().resideInAPackage("dev.failoverstudio.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.failoverstudio.domain..")
                .check(classes);
    }

    @Test
    void rule2_ioUsesNoJavaFxNorDnsjavaNorOtherLayers() {
        noClasses().that().resideInAPackage("dev.failoverstudio.io..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.xbill..", "dev.failoverstudio.ui..", "dev.failoverstudio.cli..",
                        "dev.failoverstudio.dns..", "dev.failoverstudio.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void rule2_noJacksonAnnotationsOutsideIo() {
        noClasses().that().resideOutsideOfPackage("dev.failoverstudio.io..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void rule3_dnsUsesDomainAndDnsjavaOnly() {
        noClasses().that().resideInAPackage("dev.failoverstudio.dns..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.fasterxml.jackson..", "dev.failoverstudio.ui..",
                        "dev.failoverstudio.cli..", "dev.failoverstudio.io..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void rule3_dnsDependsOnlyOnJavaDnsjavaAndDomain() {
        classes().that().resideInAPackage("dev.failoverstudio.dns..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.xbill.DNS..", "dev.failoverstudio.domain..",
                        "dev.failoverstudio.dns..")
                .check(classes);
    }

    @Test
    void rule4_viewModelsNeverTouchScenesStagesOrPlatform() {
        noClasses().that().resideInAPackage("dev.failoverstudio.ui..vm..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void rule4_viewsCallNeitherIoNorDnsNorTheEngine() {
        noClasses().that().resideInAPackage("dev.failoverstudio.ui..")
                .and().resideOutsideOfPackage("dev.failoverstudio.ui..vm..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.failoverstudio.io..", "dev.failoverstudio.dns..",
                        "dev.failoverstudio.domain.resolve..")
                .check(classes);
    }

    @Test
    void rule5_noSystemOutOutsideCli() {
        noClasses().that().resideOutsideOfPackage("dev.failoverstudio.cli..")
                .should().accessField(System.class, "out")
                .check(classes);
    }

    @Test
    void rule5_noStaticMutableState() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
                .that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("dev.failoverstudio..")
                .should().beFinal()
                .check(classes);
    }
}
