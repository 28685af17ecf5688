package org.candour.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lines newcomers must not cross: views vs. data access, the pure disclosure library, route access. */
class ArchitectureTest {

    private static JavaClasses candour;

    @BeforeAll
    static void importClasses() {
        candour = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.candour");
    }

    static final ArchRule VIEWS_DO_NOT_TOUCH_THE_DATABASE = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.candour.db..")
            .because("views get what they show from services, never from DSLContext or generated tables");

    static final ArchRule VAADIN_STAYS_IN_UI_PACKAGES = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.candour.base.security..")
            .and().doNotHaveFullyQualifiedName("org.candour.Application")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("services and repositories must work without a UI");

    static final ArchRule DISCLOSURE_IS_A_PURE_LIBRARY = noClasses()
            .that().resideInAPackage("org.candour.disclosure..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.jooq..", "com.vaadin..", "org.candour.db..", "jakarta..")
            .because("the disclosure engine takes counts and returns counts: testable without a database");

    static final ArchRule EVERY_ROUTE_DECLARES_WHO_MAY_OPEN_IT = classes()
            .that().areAnnotatedWith(Route.class).or().areAssignableTo(RouterLayout.class)
            .and().resideInAPackage("org.candour..")
            .should().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class)
            .because("a page without an access annotation would be open to whoever guesses its address");

    static final ArchRule EVERY_SERVICE_METHOD_DECLARES_WHO_MAY_CALL_IT = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .methods().that().arePublic().and().areNotStatic()
            .and().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
            .and().areDeclaredInClassesThat().resideInAPackage("org.candour..")
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("a service method without a security rule would be open to anyone, including anonymous requests");

    static final ArchRule VIEWS_ARE_NEVER_METHOD_SECURITY_PROXIES = noClasses()
            .that().resideInAPackage("..ui..")
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("a proxied view loses its fields; views declare access with Vaadin's annotations instead");

    @Test
    void everyPublicServiceMethodHasASecurityRule() {
        EVERY_SERVICE_METHOD_DECLARES_WHO_MAY_CALL_IT.check(candour);
        VIEWS_ARE_NEVER_METHOD_SECURITY_PROXIES.check(candour);
    }

    @Test
    void viewsNeverUseJooqOrGeneratedTables() {
        VIEWS_DO_NOT_TOUCH_THE_DATABASE.check(candour);
    }

    @Test
    void vaadinIsUsedOnlyInUiPackages() {
        VAADIN_STAYS_IN_UI_PACKAGES.check(candour);
    }

    @Test
    void disclosureDependsOnNoFramework() {
        DISCLOSURE_IS_A_PURE_LIBRARY.check(candour);
    }

    @Test
    void everyRouteAndLayoutDeclaresAccess() {
        assertThat(candour.stream().filter(c -> c.isAnnotatedWith(Route.class)).count())
                .as("routes found").isGreaterThanOrEqualTo(5);
        EVERY_ROUTE_DECLARES_WHO_MAY_OPEN_IT.check(candour);
    }

    /** The rules must be able to fail: a view without annotation and a view using jOOQ are caught. */
    @Test
    void rulesCatchDeliberateViolations() {
        JavaClasses broken = new ClassFileImporter().importClasses(
                BrokenExamples.UnannotatedView.class, BrokenExamples.JooqUsingView.class);
        assertThatThrownBy(() -> EVERY_ROUTE_DECLARES_WHO_MAY_OPEN_IT.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("UnannotatedView");
        assertThatThrownBy(() -> noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..").check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JooqUsingView");
    }
}
