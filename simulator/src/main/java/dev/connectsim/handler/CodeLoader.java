package dev.connectsim.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * {@code RequestHandler} and {@code Context} are the types connect-sim calls and implements. A .zip is unpacked once
 * into a temporary folder.
 */
final class CodeLoader {

    /** The package of aws-lambda-java-core's types, shared with the team's code. */
    private static final String LAMBDA_CORE = "com.amazonaws.services.lambda.runtime.";

    private CodeLoader() {
    }

    /** A loader for the code at {@code code}; fails naming the path when there is no such file or folder. */
    static URLClassLoader open(HandlerBinding binding) {
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
            urls.add(url(code));
        } else if (name.endsWith(".zip")) {
            addFolder(unzip(binding), urls);
        } else {
            throw new BadHandlerBinding("code", "'" + binding.codeAsWritten() + "' is neither a folder, a .zip nor a "
                    + ".jar; expected the function's code as Lambda takes it");
        }
        return new URLClassLoader("lambda " + binding.functionArn(), urls.toArray(URL[]::new),
                new LambdaCoreOnly(CodeLoader.class.getClassLoader()));
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
            target.toFile().deleteOnExit();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(binding.code()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new BadHandlerBinding("code", "'" + binding.codeAsWritten() + "' holds an entry outside"
                                + " its own folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    out.toFile().deleteOnExit();
                }
            }
            return target;
        } catch (IOException e) {
            throw new BadHandlerBinding("code", "cannot read '" + binding.codeAsWritten() + "' as a .zip: "
                    + e.getMessage(), e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("no URL for " + path, e);
        }
    }

    /** The platform's classes, and aws-lambda-java-core's from connect-sim's own loader. */
    private static final class LambdaCoreOnly extends ClassLoader {

        private final ClassLoader connectSim;

        LambdaCoreOnly(ClassLoader connectSim) {
            super("platform + aws-lambda-java-core", ClassLoader.getPlatformClassLoader());
            this.connectSim = connectSim;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(LAMBDA_CORE)) {
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
