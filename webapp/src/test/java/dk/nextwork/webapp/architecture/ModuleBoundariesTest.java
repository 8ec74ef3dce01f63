package dk.nextwork.webapp.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;

/** Every module's production classes (the web application has them all) kept to the architecture's rules. */
class ModuleBoundariesTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importThePortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dk.nextwork");
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"platform", "identity", "shell", "program", "reporting", "development",
            "contentapps", "dam", "site", "systemstatus", "signals", "webapp"}) {
            assertTrue(portal.stream().anyMatch(type -> ModuleRules.module(type.getPackageName()).orElse("").equals(module)),
                    module + " is checked");
        }
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirApis() {
        ModuleRules.ONLY_THROUGH_APIS.check(portal);
    }

    @Test
    void identityHasNoUserInterface() {
        ModuleRules.IDENTITY_HAS_NO_USER_INTERFACE.check(portal);
    }

    @Test
    void servicesBuildNoViews() {
        ModuleRules.SERVICES_BUILD_NO_VIEWS.check(portal);
    }

    @Test
    void thePlatformKnowsNoModule() {
        ModuleRules.PLATFORM_KNOWS_NO_MODULE.check(portal);
    }

    @Test
    void viewsLeaveRepositoryFailuresToTheShell() {
        ModuleRules.VIEWS_LEAVE_REPOSITORY_FAILURES_TO_THE_SHELL.check(portal);
    }

    @Test
    void apisThrowNoCheckedRepositoryException() {
        ModuleRules.APIS_THROW_NO_CHECKED_REPOSITORY_EXCEPTION.check(portal);
    }

    /** A view wrapping the checked repository exception, and an API method declaring it, are caught. */
    @Test
    void aViewWrappingRepositoryExceptionsIsCaught() {
        JavaClasses example = new ClassFileImporter().importPackages("dk.nextwork.archexample");
        EvaluationResult views = ModuleRules.VIEWS_LEAVE_REPOSITORY_FAILURES_TO_THE_SHELL.evaluate(example);
        assertTrue(views.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("WrappingView")),
                views.getFailureReport().toString());
        assertFalse(views.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("HiddenView")));
        EvaluationResult apis = ModuleRules.APIS_THROW_NO_CHECKED_REPOSITORY_EXCEPTION.evaluate(example);
        assertTrue(apis.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("PublicService.checked")),
                apis.getFailureReport().toString());
        assertFalse(apis.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("PublicService.ofNode")),
                "a method handing over a node may declare it");
    }

    /** A service that builds a component is caught; a component a module's API shares is a view part and is not. */
    @Test
    void aServiceBuildingComponentsIsCaughtASharedPartIsNot() {
        JavaClasses example = new ClassFileImporter().importPackages("dk.nextwork.archexample");
        EvaluationResult result = ModuleRules.SERVICES_BUILD_NO_VIEWS.evaluate(example);
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("PublicService.label")),
                result.getFailureReport().toString());
        assertFalse(result.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("PublicPart")),
                result.getFailureReport().toString());
    }

    /** The rules are not vacuous: a class that reaches into another module's views is caught, its API is not. */
    @Test
    void aModuleReachingIntoAnothersViewsIsCaught() {
        JavaClasses violation = new ClassFileImporter().importPackages("dk.nextwork.archintruder", "dk.nextwork.archexample");
        EvaluationResult result = ModuleRules.ONLY_THROUGH_APIS.evaluate(violation);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().getDetails().stream()
                .anyMatch(line -> line.contains("Intruder") && line.contains("archexample.ui.HiddenView")), result.getFailureReport().toString());
        assertFalse(result.getFailureReport().getDetails().stream().anyMatch(line -> line.contains("PublicService")),
                "an API class is allowed");
    }
}
