package dev.connectsim.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The class loader of one function's code, laid out as Lambda's Java runtime takes it: a .jar (usually with its
 * dependencies inside), or a folder or .zip with classes at the top and dependency jars in {@code lib/}.
 *
 * <p>Design note: the loader's parent is the platform loader plus aws-lambda-java-core, nothing else of
 * connect-sim's classpath, so a team's jar brings its own dependencies (its own Jackson, say) and sees none of ours.
 * The aws-lambda-java-core classes are connect-sim's own, whatever the jar bundles, so the handler's
 * {@code RequestHandler} and {@code Context} are the types connect-sim calls and implements; {@link TeamCodeHooks}
 * is shared too, for the rewritten classes to call. Each execution environment has a {@link TeamClassLoader} of its
 * own over the same code, which defines every class it loads itself, rewritten by {@link TeamCodeRewriter} for that
 * environment. A .zip is unpacked once into a temporary folder.
 */
final class CodeLoader {

    /** The package of aws-lambda-java-core's types, shared with the team's code. */
    private static final String LAMBDA_CORE = "com.amazonaws.services.lambda.runtime.";
    /** What the team's rewritten classes call. */
    private static final String HOOKS = TeamCodeHooks.class.getName();

    private CodeLoader() {
    }

    /** The class path of the code at {@code code}; fails naming the path when there is no such file or folder. */
    static URL[] classPath(HandlerBinding binding) {
        Path code = binding.code();
        if (!Files.exists(code)) {
            throw new BadHandlerBinding("code", "no such file or folder '" + binding.codeAsWritten() + "' ("
                    + code.toAbsolutePath().normalize() + "); expected the function's code: a folder of classes, a "
                    + ".zip or a .jar" + buildHint(binding.codeAsWritten()));
        }
        String name = code.getFileName() == null ? "" : code.getFileName().toString().toLowerCase(Locale.ROOT);
        List<URL> urls = new ArrayList<>();
        if (Files.isDirectory(code)) {
            addFolder(code, urls);
        } else if (name.endsWith(".jar")) {
            requireArchive(binding);
            urls.add(url(code));
        } else if (name.endsWith(".zip")) {
            requireArchive(binding);
            addFolder(unzip(binding), urls);
        } else {
            throw new BadHandlerBinding("code", "'" + binding.codeAsWritten() + "' is neither a folder, a .zip nor a "
                    + ".jar; expected the function's code as Lambda takes it");
        }
        return urls.toArray(URL[]::new);
    }

    /** A loader of {@code classPath} (from {@link #classPath}) for one execution environment. */
    static TeamClassLoader open(HandlerBinding binding, URL[] classPath, JavaEnvironment environment) {
        return new TeamClassLoader("lambda " + binding.functionArn(), classPath, environment);
    }

    /** The names of the classes in the code, for "did you mean" hints. */
    static List<String> classNames(HandlerBinding binding) {
        Path code = binding.code();
        try {
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    return files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> className(code.relativize(f).toString().replace('\\', '/'))).toList();
                }
            }
            try (ZipFile zip = new ZipFile(code.toFile())) {
                return zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                        .map(CodeLoader::className).toList();
            }
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void requireArchive(HandlerBinding binding) {
        try (ZipFile jar = new ZipFile(binding.code().toFile())) {
            jar.size();
        } catch (IOException e) {
            throw new BadHandlerBinding("code", "'" + binding.codeAsWritten() + "' is not a .jar or .zip archive: "
                    + "it cannot be read as a zip file (" + e.getMessage() + "); expected the function's code as its "
                    + "build packages it");
        }
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    private static String buildHint(String written) {
        return written.contains("/target/") ? " (is it built? mvn -B package builds the project's functions)" : "";
    }

    private static void addFolder(Path folder, List<URL> urls) {
        urls.add(url(folder));
        Path lib = folder.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> urls.add(url(j)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path unzip(HandlerBinding binding) {
        try {
            Path target = Files.createTempDirectory("connect-sim-lambda-");
            // the JVM deletes in the reverse order of deleteOnExit: each folder is registered before what it holds
            target.toFile().deleteOnExit();
            Set<Path> folders = new HashSet<>(Set.of(target));
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(binding.code()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new BadHandlerBinding("code", "'" + binding.codeAsWritten() + "' holds an entry outside"
                                + " its own folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        folder(out, folders);
                    } else {
                        folder(out.getParent(), folders);
                        out.toFile().deleteOnExit();
                        Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new BadHandlerBinding("code", "cannot read '" + binding.codeAsWritten() + "' as a .zip: "
                    + e.getMessage(), e);
        }
    }

    /** Makes {@code folder} and those above it up to one already made, each deleted when the JVM exits. */
    private static void folder(Path folder, Set<Path> made) throws IOException {
        if (made.contains(folder)) {
            return;
        }
        folder(folder.getParent(), made);
        Files.createDirectories(folder);
        folder.toFile().deleteOnExit();
        made.add(folder);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("no URL for " + path, e);
        }
    }

    /** The classes of one execution environment of a team's function, rewritten for it as they are defined. */
    static final class TeamClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        /** Class file major version 61 is Java 17: the version less 44. */
        private static final int JAVA_TO_CLASS_FILE = 44;

        private static final ClassLoader SHARED = new LambdaCoreOnly(CodeLoader.class.getClassLoader());

        private final JavaEnvironment environment;

        TeamClassLoader(String name, URL[] classPath, JavaEnvironment environment) {
            super(name, classPath, SHARED);
            this.environment = environment;
        }

        /** The execution environment whose classes these are. */
        JavaEnvironment environment() {
            return environment;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String path = name.replace('.', '/') + ".class";
            URL url = findResource(path);
            if (url == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes;
            try (InputStream in = url.openStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
            requireRunnable(name, bytes);
            byte[] rewritten;
            try {
                rewritten = TeamCodeRewriter.rewrite(bytes);
            } catch (RuntimeException e) {
                throw new ClassFormatError(name + " cannot be read as a class: " + e);
            }
            int dot = name.lastIndexOf('.');
            if (dot > 0 && getDefinedPackage(name.substring(0, dot)) == null) {
                definePackage(name.substring(0, dot), null, null, null, null, null, null, null);
            }
            CodeSource source = new CodeSource(location(url), (Certificate[]) null);
            return defineClass(name, rewritten, 0, rewritten.length, source);
        }

        /** Fails as the JVM would for a class file newer than it runs, saying which Java each is. */
        private static void requireRunnable(String name, byte[] bytes) {
            int major = bytes.length < 8 ? 0 : (bytes[6] & 0xFF) << 8 | bytes[7] & 0xFF;
            int runs = Runtime.version().feature();
            if (major > runs + JAVA_TO_CLASS_FILE) {
                throw new UnsupportedClassVersionError(name + " is compiled for Java " + (major - JAVA_TO_CLASS_FILE)
                        + " (class file version " + major + "); connect-sim runs on Java " + runs + ": run it on a "
                        + "newer Java or compile the function with --release " + runs);
            }
        }

        /** The jar or folder holding the class at {@code url}. */
        private URL location(URL url) {
            String text = url.toString();
            int bang = text.indexOf("!/");
            if (text.startsWith("jar:") && bang > 0) {
                try {
                    return new URL(text.substring("jar:".length(), bang));
                } catch (MalformedURLException e) {
                    return url;
                }
            }
            for (URL entry : getURLs()) {
                if (text.startsWith(entry.toString())) {
                    return entry;
                }
            }
            return url;
        }
    }

    /** The platform's classes, and aws-lambda-java-core's and the hooks' from connect-sim's own loader. */
    private static final class LambdaCoreOnly extends ClassLoader {

        private final ClassLoader connectSim;

        LambdaCoreOnly(ClassLoader connectSim) {
            super("platform + aws-lambda-java-core", ClassLoader.getPlatformClassLoader());
            this.connectSim = connectSim;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(LAMBDA_CORE) || name.equals(HOOKS)) {
                return connectSim.loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }

        @Override
        protected URL findResource(String name) {
            return name.startsWith(LAMBDA_CORE.replace('.', '/')) ? connectSim.getResource(name) : null;
        }
    }
}
