package dk.nextwork.platform.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.ModuleTree;
import dk.nextwork.platform.module.Version;

class ModuleOrderTest {

    static ModuleDescriptor module(String name, String... dependsOn) {
        return new ModuleDescriptor(name, Version.parse("1.0.0"), "", List.of(dependsOn), Optional.empty(),
                name + "/module.yaml");
    }

    private static List<String> names(List<ModuleDescriptor> modules) {
        return modules.stream().map(ModuleDescriptor::name).toList();
    }

    @Test
    void dependenciesStartBeforeTheModulesThatNeedThem() {
        List<ModuleDescriptor> ordered = ModuleOrder.sort(List.of(
                module("development", "reporting", "platform"),
                module("reporting", "program"),
                module("program", "platform"),
                module("platform")));
        assertEquals(List.of("platform", "program", "reporting", "development"), names(ordered));
    }

    @Test
    void independentModulesStartInNameOrderWhateverTheyAreFoundIn() {
        List<String> expected = List.of("platform", "a-module", "b-module");
        assertEquals(expected, names(ModuleOrder.sort(List.of(
                module("b-module", "platform"), module("a-module", "platform"), module("platform")))));
        assertEquals(expected, names(ModuleOrder.sort(List.of(
                module("platform"), module("a-module", "platform"), module("b-module", "platform")))));
    }

    @Test
    void aMissingDependencyStopsStartUpNamingBothModules() {
        ModuleStartException error = assertThrows(ModuleStartException.class,
                () -> ModuleOrder.sort(List.of(module("platform"), module("reporting", "program"))));
        assertEquals("Module 'reporting' depends on 'program', which is not present (present: platform, reporting)",
                error.getMessage());
    }

    @Test
    void aCycleStopsStartUpNamingTheModulesInIt() {
        ModuleStartException error = assertThrows(ModuleStartException.class, () -> ModuleOrder.sort(List.of(
                module("platform"),
                module("a", "platform", "c"),
                module("b", "a"),
                module("c", "b"))));
        assertEquals("Modules depend on each other in a cycle: a -> c -> b -> a", error.getMessage());
    }

    @Test
    void aModulePresentTwiceIsRefused() {
        ModuleStartException error = assertThrows(ModuleStartException.class,
                () -> ModuleOrder.sort(List.of(module("platform"), module("platform"))));
        assertEquals("Module 'platform' is present twice: platform/module.yaml and platform/module.yaml",
                error.getMessage());
    }

    @Test
    void aTreeTwoModulesDeclareIsRefusedNamingBoth() {
        ModuleTree messages = new ModuleTree("/messages", "Group messaging", false);
        ModuleStartException error = assertThrows(ModuleStartException.class, () -> ModuleOrder.sort(List.of(
                module("platform"), owning("program", messages), owning("messaging", messages))));
        assertEquals("Modules 'messaging' and 'program' both declare the tree /messages; one module owns each tree",
                error.getMessage());
    }

    private static ModuleDescriptor owning(String name, ModuleTree tree) {
        return new ModuleDescriptor(name, Version.parse("1.0.0"), "", List.of("platform"), Optional.empty(),
                List.of(tree), List.of(), name + "/module.yaml");
    }
}
