package dk.nextwork.webapp.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import javax.jcr.RepositoryException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture's rules, as ArchUnit checks them. A module is the package below
 * {@code dk.nextwork} ({@code dk.nextwork.program…} is the programme module); its API is every
 * package but {@code internal} and {@code ui} and their sub-packages.
 */
final class ModuleRules {

    private static final Pattern MODULE = Pattern.compile("dk\\.nextwork\\.([a-z0-9]+)(\\..*)?");

    private ModuleRules() {
    }

    /** A module reaches another only through its API: never its {@code internal} or {@code ui} packages. */
    static final ArchRule ONLY_THROUGH_APIS = classes().that().resideInAPackage("dk.nextwork..")
            .should(new ArchCondition<JavaClass>("use another module only through its API") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> own = module(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        Optional<String> other = module(target);
                        if (other.isPresent() && !other.equals(own) && isHidden(target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("internals and views change without notice; modules share services and the shell's parts");

    /** Identity is accounts, sessions, tokens, mail and audit; the application shell is the ui-shell module. */
    static final ArchRule IDENTITY_HAS_NO_USER_INTERFACE = noClasses().that().resideInAPackage("dk.nextwork.identity..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("the user interface of accounts and signing in is the shell's");

    /**
     * Services (every package of a module but its views) never build user interface. A component a
     * module's API offers to other modules' views (the signals' list and concern dialog) is a view
     * part itself, not a service, so it may.
     */
    static final ArchRule SERVICES_BUILD_NO_VIEWS = noClasses().that().resideInAPackage("dk.nextwork..")
            .and().resideOutsideOfPackages("dk.nextwork..ui..", "dk.nextwork.shell..", "dk.nextwork.webapp..")
            .and().areNotAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
            .because("business rules live in services, which views call; a service holds no components");

    /** The platform is the core every module builds on: it knows none of them. */
    static final ArchRule PLATFORM_KNOWS_NO_MODULE = noClasses().that().resideInAPackage("dk.nextwork.platform..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("belong to a module",
                    (JavaClass target) -> module(target.getPackageName()).filter(name -> !name.equals("platform")).isPresent()))
            .because("a module is added without changing the platform");

    /**
     * A repository failure is nothing a person can mend, so views leave it to the shell's error
     * handler (a message with a reference) instead of wrapping the checked JCR exception.
     */
    static final ArchRule VIEWS_LEAVE_REPOSITORY_FAILURES_TO_THE_SHELL = noClasses()
            .that().resideInAnyPackage("dk.nextwork..ui..", "dk.nextwork.shell..")
            .should().dependOnClassesThat().areAssignableTo(RepositoryException.class)
            .because("services throw the unchecked RepositoryFailure; a view handles only refusals");

    /**
     * A module's API speaks JCR only where it hands over JCR things: a public method without a
     * session, node or other JCR parameter does not declare the checked repository exception.
     * Work handed to the platform (a functional interface such as a retried attempt) and a type
     * that holds a session for its caller (an install task's context) are JCR work themselves.
     */
    static final ArchRule APIS_THROW_NO_CHECKED_REPOSITORY_EXCEPTION = methods()
            .that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("dk.nextwork..")
            .and().areDeclaredInClassesThat(describe("are in a module's API",
                    (JavaClass type) -> !isHidden(type.getPackageName())))
            .and(describe("take no JCR parameter", (JavaMethod method) -> method.getRawParameterTypes().stream()
                    .noneMatch(type -> type.getPackageName().startsWith("javax.jcr"))))
            .and().areDeclaredInClassesThat(describe("are no JCR work", (JavaClass type) ->
                    !type.isAnnotatedWith(FunctionalInterface.class) && type.getMethods().stream()
                            .noneMatch(method -> method.getRawReturnType().isAssignableTo(javax.jcr.Session.class))))
            .should().notDeclareThrowableOfType(RepositoryException.class)
            .because("callers cannot mend a repository failure; RepositoryFailure carries it unchecked");

    static Optional<String> module(String packageName) {
        Matcher matcher = MODULE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean isHidden(String packageName) {
        return packageName.matches("dk\\.nextwork\\.[a-z0-9]+(\\.[a-z0-9]+)*\\.(internal|ui)(\\..*)?");
    }
}
