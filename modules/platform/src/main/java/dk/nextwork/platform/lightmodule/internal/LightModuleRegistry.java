package dk.nextwork.platform.lightmodule.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.lightmodule.DefinitionProblem;
import dk.nextwork.platform.lightmodule.Definitions;

/**
 * Reads the light modules in a folder ({@code <module>/module.yaml}, {@code contentTypes/*.yaml},
 * {@code restEndpoints/delivery/*.yaml}) and looks for changes every second. A file that fails
 * validation is reported and its previous valid definition keeps serving; one broken file never
 * affects another. Java modules ship light modules the same way in their jars, under
 * {@code nextwork/light-modules/}; a file in the folder overrides the same file from a jar.
 */
public final class LightModuleRegistry implements Definitions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LightModuleRegistry.class);
    private static final long RESCAN_MILLIS = 1_000;
    private static final List<String> RESOURCE_FOLDERS = List.of("templates", "dialogs", "i18n", "webresources");
    private static final java.util.regex.Pattern MODULE_NAME = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9-]{0,62}");
    private static final java.util.regex.Pattern RELATIVE_PATH = java.util.regex.Pattern.compile(
            "(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}/){0,12}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    /** Where jars keep their light modules. */
    public static final String CLASSPATH_FOLDER = "nextwork/light-modules";

    private final Path folder;
    private final List<Path> shipped;
    private final List<FileSystem> openJars;
    private final Map<Path, FileState> seen = new HashMap<>();
    /** Files under templates/, dialogs/, i18n/ and webresources/: listed, and checked where a format allows. */
    private final java.util.Set<Path> resourceFiles = new java.util.HashSet<>();
    private final Map<Path, Object> lastValid = new HashMap<>();
    private final Map<Path, DefinitionProblem> fileProblems = new HashMap<>();
    private final ScheduledExecutorService rescans;
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record FileState(long modified, long size) {
    }

    private record Snapshot(Map<String, ContentType> contentTypes, Map<String, DeliveryEndpoint> endpoints,
                            List<DefinitionProblem> problems, List<String> modules, List<String> resources,
                            long generation) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), List.of(), List.of(), List.of(), 0);
    }

    private LightModuleRegistry(Path folder, List<Path> shipped, List<FileSystem> openJars, boolean watch) {
        this.folder = folder.toAbsolutePath().normalize();
        this.shipped = shipped;
        this.openJars = openJars;
        this.rescans = watch ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nextwork-light-modules");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** Reads the folder now and then watches it for changes until closed. */
    public static LightModuleRegistry watching(Path folder) {
        return watching(folder, null);
    }

    /** Reads the folder and the light modules that jars on the class loader ship, then watches the folder. */
    public static LightModuleRegistry watching(Path folder, ClassLoader classLoader) {
        List<Path> shipped = new ArrayList<>();
        List<FileSystem> openJars = new ArrayList<>();
        if (classLoader != null) {
            findShipped(classLoader, shipped, openJars);
        }
        LightModuleRegistry registry = new LightModuleRegistry(folder, shipped, openJars, true);
        registry.rescan();
        registry.rescans.scheduleWithFixedDelay(registry::rescanQuietly, RESCAN_MILLIS, RESCAN_MILLIS,
                TimeUnit.MILLISECONDS);
        LOG.info("Light modules in {}: {}", registry.folder, registry.modules());
        return registry;
    }

    private static void findShipped(ClassLoader classLoader, List<Path> shipped, List<FileSystem> openJars) {
        try {
            for (URL url : Collections.list(classLoader.getResources(CLASSPATH_FOLDER))) {
                URI uri = url.toURI();
                if ("file".equals(uri.getScheme())) {
                    shipped.add(Path.of(uri));
                } else if ("jar".equals(uri.getScheme())) {
                    // a file system of its own for each registry (not the JVM-wide one of the jar's URI),
                    // so that two portals in one JVM, or a registry closing, never take another's away
                    String jarFile = uri.getRawSchemeSpecificPart();
                    Path jarPath = Path.of(new URI(jarFile.substring(0, jarFile.indexOf("!/"))));
                    FileSystem jar = FileSystems.newFileSystem(jarPath);
                    openJars.add(jar);
                    shipped.add(jar.getPath(CLASSPATH_FOLDER));
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.warn("Cannot read the light modules that jars ship", e);
        }
    }

    private void rescanQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            LOG.warn("Reading the light modules in {} failed", folder, e);
        }
    }

    /** Looks at the folder once; returns whether anything changed. */
    public synchronized boolean rescan() {
        Map<Path, FileState> current = definitionFiles();
        boolean changed = false;
        for (Path gone : new ArrayList<>(seen.keySet())) {
            if (!current.containsKey(gone)) {
                seen.remove(gone);
                lastValid.remove(gone);
                fileProblems.remove(gone);
                LOG.info("Light module file removed: {}", relative(gone));
                changed = true;
            }
        }
        for (Map.Entry<Path, FileState> entry : current.entrySet()) {
            if (!entry.getValue().equals(seen.get(entry.getKey()))) {
                seen.put(entry.getKey(), entry.getValue());
                read(entry.getKey());
                changed = true;
            }
        }
        if (changed || snapshot.generation() == 0) {
            snapshot = build(snapshot.generation() + 1);
            for (Runnable listener : changeListeners) {
                listener.run();
            }
        }
        return changed;
    }

    private void read(Path file) {
        String source = relative(file);
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        try {
            String text = kindOf(file).equals("resource") && !ResourceFile.isChecked(file.getFileName().toString())
                    ? "" : readUtf8(file);
            Object definition = switch (kindOf(file)) {
                case "contentTypes" -> DefinitionReader.contentType(source, name, text);
                case "delivery" -> DefinitionReader.endpoint(source, name, text);
                case "module" -> ModuleDefinition.read(source, file.getParent().getFileName().toString(), text);
                default -> ResourceFile.check(source, file.getFileName().toString(), text);
            };
            lastValid.put(file, definition);
            fileProblems.remove(file);
            if (!(definition instanceof ResourceFile)) {
                LOG.info("Light module definition loaded: {}", source);
            }
        } catch (DefinitionException e) {
            DefinitionProblem problem = new DefinitionProblem(source, e.line(), e.getMessage());
            fileProblems.put(file, problem);
            LOG.warn("Light module definition not used: {}{}", problem,
                    lastValid.containsKey(file) ? " (the previous version keeps serving)" : "");
        } catch (IOException e) {
            fileProblems.put(file, new DefinitionProblem(source, 0, "cannot be read: " + e.getMessage()));
            LOG.warn("Light module file {} cannot be read", source, e);
        }
    }

    private static String readUtf8(Path file) throws IOException, DefinitionException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DefinitionException(0, "is not UTF-8 text");
        }
    }

    private String kindOf(Path file) {
        if (resourceFiles.contains(file)) {
            return "resource";
        }
        if (file.getFileName().toString().equals("module.yaml")) {
            return "module";
        }
        String parent = file.getParent().getFileName().toString();
        if (parent.equals("contentTypes")) {
            return "contentTypes";
        }
        if (parent.equals("delivery")) {
            return "delivery";
        }
        return "resource";
    }

    private Snapshot build(long generation) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, ContentType> contentTypes = new TreeMap<>();
        Map<String, DeliveryEndpoint> endpoints = new TreeMap<>();
        List<String> modules = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        Map<String, String> firstSource = new HashMap<>();
        List<Path> files = new ArrayList<>(lastValid.keySet());
        // the folder's files before the jars', so that the folder wins a name defined in both
        files.sort(Comparator.comparing((Path file) -> relative(file).startsWith("classpath:"))
                .thenComparing(this::relative));
        for (Path file : files) {
            Object definition = lastValid.get(file);
            if (definition instanceof ContentType type) {
                if (contentTypes.putIfAbsent(type.name(), type) != null) {
                    problems.add(new DefinitionProblem(type.source(), 1, "content type '" + type.name()
                            + "' is already defined in " + contentTypes.get(type.name()).source()));
                }
            } else if (definition instanceof DeliveryEndpoint endpoint) {
                String previous = firstSource.putIfAbsent("endpoint:" + endpoint.name(), endpoint.source());
                if (previous != null) {
                    problems.add(new DefinitionProblem(endpoint.source(), 1, "endpoint '" + endpoint.name()
                            + "' is already defined in " + previous));
                } else {
                    endpoints.put(endpoint.name(), endpoint);
                }
            } else if (definition instanceof ModuleDefinition module) {
                modules.add(module.name());
            } else if (definition instanceof ResourceFile) {
                resources.add(relative(file));
            }
        }
        for (DeliveryEndpoint endpoint : new ArrayList<>(endpoints.values())) {
            for (String typeName : endpoint.contentTypes()) {
                if (!contentTypes.containsKey(typeName)) {
                    problems.add(new DefinitionProblem(endpoint.source(), 1, "content type '" + typeName
                            + "' is not defined; the endpoint is not served"));
                    endpoints.remove(endpoint.name());
                }
            }
        }
        problems.addAll(fileProblems.values());
        problems.sort(Comparator.comparing(DefinitionProblem::file).thenComparing(DefinitionProblem::line));
        return new Snapshot(Map.copyOf(contentTypes), Map.copyOf(endpoints), List.copyOf(problems),
                List.copyOf(new TreeSet<>(modules)), List.copyOf(resources), generation);
    }

    /**
     * module.yaml, contentTypes/*.yaml and restEndpoints/delivery/*.yaml of each module, from the
     * folder first, then from jars; a file the folder has hides the jar's file of the same name.
     */
    private Map<Path, FileState> definitionFiles() {
        Map<Path, FileState> files = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Path root : roots()) {
            Map<Path, FileState> found = new LinkedHashMap<>();
            try {
                listModules(root, found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<Path, FileState> entry : found.entrySet()) {
                if (taken.add(root.relativize(entry.getKey()).toString())) {
                    files.put(entry.getKey(), entry.getValue());
                }
            }
        }
        return files;
    }

    /** Where light modules are looked for: the folder first, then what the jars ship. */
    private List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        roots.add(folder);
        roots.addAll(shipped);
        return roots;
    }

    private void listModules(Path root, Map<Path, FileState> files) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(module.resolve("module.yaml"))) {
                    continue;
                }
                add(files, module.resolve("module.yaml"));
                addYaml(files, module.resolve("contentTypes"));
                addYaml(files, module.resolve("restEndpoints").resolve("delivery"));
                for (String resources : RESOURCE_FOLDERS) {
                    Map<Path, FileState> tree = new LinkedHashMap<>();
                    addTree(tree, module.resolve(resources));
                    resourceFiles.addAll(tree.keySet());
                    files.putAll(tree);
                }
            }
        }
    }

    private static void addTree(Map<Path, FileState> files, Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(directory, 12)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                add(files, file);
            }
        }
    }

    private static void addYaml(Map<Path, FileState> files, Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList()) {
                add(files, file);
            }
        }
    }

    private static void add(Map<Path, FileState> files, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            files.put(file, new FileState(Files.getLastModifiedTime(file).toMillis(), Files.size(file)));
        }
    }

    private String relative(Path file) {
        if (file.getFileSystem() == folder.getFileSystem() && file.startsWith(folder)) {
            return folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/');
        }
        for (Path root : shipped) {
            if (file.getFileSystem() == root.getFileSystem() && file.startsWith(root)) {
                return "classpath:" + CLASSPATH_FOLDER + "/" + root.relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }

    @Override
    public Optional<ContentType> contentType(String name) {
        return Optional.ofNullable(snapshot.contentTypes().get(name));
    }

    @Override
    public Collection<ContentType> contentTypes() {
        return snapshot.contentTypes().values();
    }

    @Override
    public Optional<DeliveryEndpoint> endpoint(String name) {
        return Optional.ofNullable(snapshot.endpoints().get(name));
    }

    @Override
    public Collection<DeliveryEndpoint> endpoints() {
        return snapshot.endpoints().values();
    }

    @Override
    public List<DefinitionProblem> problems() {
        return snapshot.problems();
    }

    /** Calls {@code listener} after every change of the definitions, in the thread that found it. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    @Override
    public Optional<Path> file(String module, String path) {
        if (module == null || path == null || !MODULE_NAME.matcher(module).matches()
                || !RELATIVE_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        for (Path root : roots()) {
            Path moduleFolder = root.resolve(module);
            Path file = moduleFolder.resolve(path).normalize();
            if (file.startsWith(moduleFolder) && Files.isRegularFile(moduleFolder.resolve("module.yaml"))
                    && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    @Override
    public Collection<String> modules() {
        return snapshot.modules();
    }

    @Override
    public List<String> resources() {
        return snapshot.resources();
    }

    @Override
    public long generation() {
        return snapshot.generation();
    }

    @Override
    public void close() {
        if (rescans != null) {
            rescans.shutdownNow();
        }
        for (FileSystem jar : openJars) {
            try {
                jar.close();
            } catch (IOException e) {
                LOG.debug("Closing a jar's file system", e);
            }
        }
    }
}
