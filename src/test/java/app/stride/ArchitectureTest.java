package app.stride;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.stride");

    @Test
    void numericCoreIsPureJava() {
        noClasses().that().resideInAnyPackage("app.stride.engine..", "app.stride.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "javax.persistence..",
                        "org.hibernate..", "jakarta.servlet..", "com.fasterxml..")
                .allowEmptyShould(true)
                .because("the engine and the runtime are the pure numeric core every feature calls")
                .check(CLASSES);
    }

    @Test
    void engineAndRuntimeStayIndependentSoEachChecksTheOther() {
        noClasses().that().resideInAPackage("app.stride.runtime..")
                .should().dependOnClassesThat().resideInAPackage("app.stride.engine..").check(CLASSES);
        noClasses().that().resideInAPackage("app.stride.engine..")
                .should().dependOnClassesThat().resideInAPackage("app.stride.runtime..").check(CLASSES);
    }

    @Test
    void exercisesAndGradingArePureJava() {
        noClasses().that().resideInAnyPackage("app.stride.exercise..", "app.stride.grading..")
                .and().resideOutsideOfPackage("app.stride.exercise.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "javax.persistence..",
                        "org.hibernate..", "com.fasterxml.jackson.databind..")
                .because("an exercise and its grading are the same in practice, quizzes, the API and the tests "
                        + "that build them by hand; the framework only carries them")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("app.stride.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void packagesInsideAFeatureHaveNoCycles() {
        // each package its own slice: exercise and exercise.family, account and account.ui
        slices().matching("app.stride.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void servicesNeverReachIntoViews() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("views build on services; a service that names a view cannot run without one")
                .check(CLASSES);
    }

    @Test
    void calculatorDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("app.stride.calculator..")
                .should().dependOnClassesThat().resideInAPackage("app.stride.api..")
                .because("the calculator and the API both read models through the core, neither through the other")
                .check(CLASSES);
    }

    @Test
    void shellDependsOnNoFeature() {
        noClasses().that().resideInAPackage("app.stride.shell..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.stride.account..", "app.stride.engine..", "app.stride.runtime..",
                        "app.stride.exercise..", "app.stride.grading..", "app.stride.practice..",
                        "app.stride.progress..", "app.stride.quiz..", "app.stride.api..")
                .check(CLASSES);
    }

    @Test
    void viewsGoThroughServicesNotRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void noEntityReachesAView() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("views get records sized by the page; an entity in a view loads more than it shows "
                        + "and keeps it in the session")
                .check(CLASSES);
    }

    @Test
    void servicesUseSpringsSecuredSoViewsAreNeverProxied() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("app.stride.shell..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.annotation.security.RolesAllowed")
                .because("method security on jakarta annotations would also proxy the views that carry them")
                .check(CLASSES);
    }

    @Test
    void apiDoesNotReachIntoViewsOrPersistence() {
        noClasses().that().resideInAPackage("app.stride.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..ui..", "jakarta.persistence..")
                .check(CLASSES);
    }
}
