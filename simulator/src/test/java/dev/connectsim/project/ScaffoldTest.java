package dev.connectsim.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {

    private static final Path REFERENCE_STUBS = Path.of("..", "stubs");

    @TempDir
    Path folder;

    @Test
    void everyFileTheTemplateListsIsWrittenAndTheProjectIsFoundThere() {
        List<Path> written = Scaffold.template().writeInto(folder.resolve("team"), "1.2.3");

        assertEquals(Scaffold.template().files().size(), written.size());
        written.forEach(file -> assertTrue(Files.isRegularFile(file), file + " was written"));
        assertEquals(folder.resolve("team").toAbsolutePath().normalize(),
                Project.find(folder.resolve("team/features"), null, null).root());
    }

    @Test
    void dotFilesGetTheirRealNames() {
        Scaffold.template().writeInto(folder, "1.2.3");

        assertTrue(Files.isRegularFile(folder.resolve(".gitignore")));
        assertTrue(Files.isRegularFile(folder.resolve(".github/workflows/connect-sim.yml")));
    }

    @Test
    void thePomDependsOnTheVersionOfConnectSimThatWroteIt() throws IOException {
        Scaffold.template().writeInto(folder, "1.2.3");

        String pom = Files.readString(folder.resolve("pom.xml"));
        assertTrue(pom.contains("<connect-sim.version>1.2.3</connect-sim.version>"), pom);
        assertFalse(pom.contains(Scaffold.VERSION_MARK), pom);
    }

    @Test
    void theTemplatesStubsAreTheReferenceProjectsSalesforceStubs() throws IOException {
        List<String> template = Scaffold.template().files().stream().map(Path::toString)
                .filter(file -> file.startsWith("stubs/")).sorted().toList();

        List<String> reference;
        try (Stream<Path> files = Stream.concat(Files.walk(REFERENCE_STUBS.resolve("mappings/salesforce")),
                Files.walk(REFERENCE_STUBS.resolve("__files/salesforce")))) {
            reference = files.filter(Files::isRegularFile).map(file -> "stubs/" + REFERENCE_STUBS.relativize(file))
                    .sorted().toList();
        }
        assertEquals(reference, template, "template/files.txt lists every Salesforce stub of stubs/, and no other");
    }

    @Test
    void aFolderHoldingAnyOfItsFilesIsRefusedAndNothingIsWritten() throws IOException {
        Files.createDirectories(folder.resolve("flows"));
        Files.writeString(folder.resolve("flows/instance.yaml"), "queues: {}\n");

        ScaffoldRefused refused = assertThrows(ScaffoldRefused.class,
                () -> Scaffold.template().writeInto(folder, "1.2.3"));

        assertEquals("refusing to overwrite 1 file in " + folder + ": " + folder.resolve("flows/instance.yaml")
                + " (init writes only into a folder that has none of its files)", refused.getMessage());
        assertEquals("queues: {}\n", Files.readString(folder.resolve("flows/instance.yaml")));
        assertFalse(Files.exists(folder.resolve("README.md")));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("team"), "");

        ScaffoldRefused refused = assertThrows(ScaffoldRefused.class,
                () -> Scaffold.template().writeInto(file, "1.2.3"));

        assertEquals(file + " is a file, not a folder", refused.getMessage());
    }
}
