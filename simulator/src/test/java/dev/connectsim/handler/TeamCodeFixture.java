package dev.connectsim.handler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A team's Java code for a test, compiled from source into a folder of its own, outside connect-sim's classpath,
 * against aws-lambda-java-core only, as a team's build would compile it.
 */
public final class TeamCodeFixture {

    private TeamCodeFixture() {
    }

    /**
     * Compiles {@code sources} (fully qualified class name to source text) into {@code folder}, against
     * aws-lambda-java-core and {@code dependencies}.
     */
    public static Path classes(Path folder, Map<String, String> sources, Path... dependencies) {
        try {
            Path src = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-src"));
            StringBuilder classpath = new StringBuilder(lambdaCoreJar());
            for (Path dependency : dependencies) {
                classpath.append(java.io.File.pathSeparator).append(dependency);
            }
            List<String> arguments = new ArrayList<>(List.of("-d", folder.toString(), "-cp", classpath.toString(),
                    "--release", "17", "-nowarn"));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, arguments.toArray(String[]::new));
            assertTrue(status == 0, "the fixture's team code compiles");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of {@code folder} as a jar (or a .zip, by its name) at {@code archive}, under {@code prefix}. */
    public static Path archive(Path folder, Path archive, String prefix) {
        try (OutputStream file = Files.newOutputStream(archive); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(prefix + folder.relativize(path).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(path));
                jar.closeEntry();
            }
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lambdaCoreJar() {
        try {
            return Path.of(RequestHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
