package dev.connectsim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project {@code connect-sim init} writes: two flows and the instance file, a feature per kind of test, the
 * Service Cloud Voice stubs, a README, a {@code .gitignore}, a GitHub Actions workflow and a Maven build. The files
 * are resources under {@value #TEMPLATE}, listed in its {@value #MANIFEST}; the pom gets the version of connect-sim
 * that wrote it. Nothing is ever overwritten: when any file to write exists, nothing is written.
 */
public final class Scaffold {

    static final String TEMPLATE = "template/";
    static final String MANIFEST = "files.txt";
    /** Replaced, in the files written, by the version of connect-sim that writes them. */
    static final String VERSION_MARK = "@CONNECT_SIM_VERSION@";

    private final List<Entry> entries;

    private Scaffold(List<Entry> entries) {
        this.entries = entries;
    }

    /** One file of the template: where it is among the resources, and where it goes in the project. */
    record Entry(String resource, Path target) {
    }

    /** The template as the manifest lists it. */
    public static Scaffold template() {
        List<Entry> entries = new ArrayList<>();
        for (String line : read(MANIFEST).lines().toList()) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\\s*->\\s*", 2);
            entries.add(new Entry(parts[0], Path.of(parts.length == 2 ? parts[1] : parts[0])));
        }
        return new Scaffold(List.copyOf(entries));
    }

    /** The files it writes, relative to the project folder, in the manifest's order. */
    public List<Path> files() {
        return entries.stream().map(Entry::target).toList();
    }

    /**
     * Writes the project into {@code folder} (made when missing), with {@code version} as connect-sim's version in
     * the pom; returns the files written.
     *
     * @throws ScaffoldRefused when {@code folder} is a file, or any file of the project exists there already
     */
    public List<Path> writeInto(Path folder, String version) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ScaffoldRefused(folder + " is a file, not a folder");
        }
        List<Path> existing = entries.stream().map(e -> folder.resolve(e.target())).filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            throw new ScaffoldRefused("refusing to overwrite " + existing.size() + " file"
                    + (existing.size() == 1 ? "" : "s") + " in " + folder + ": " + existing.get(0)
                    + (existing.size() == 1 ? "" : " and " + (existing.size() - 1) + " more")
                    + " (init writes only into a folder that has none of its files)");
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Entry entry : entries) {
                Path target = folder.resolve(entry.target());
                Files.createDirectories(target.getParent());
                Files.writeString(target, read(entry.resource()).replace(VERSION_MARK, version),
                        StandardCharsets.UTF_8);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the project into " + folder + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static String read(String resource) {
        try (InputStream in = Scaffold.class.getResourceAsStream(TEMPLATE + resource)) {
            if (in == null) {
                throw new IllegalStateException("connect-sim is built without its project template: "
                        + TEMPLATE + resource + " is missing (rebuild it with mvn -B package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project template's " + resource, e);
        }
    }
}
