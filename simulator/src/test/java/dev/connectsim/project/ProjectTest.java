package dev.connectsim.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project is found as git finds a repository: the folder itself or the nearest one above it. */
class ProjectTest {

    @TempDir
    Path temp;
    private Path team;

    @BeforeEach
    void aProject() throws IOException {
        team = temp.resolve("team");
        Files.createDirectories(team.resolve("flows"));
        Files.createDirectories(team.resolve("features/transfers"));
        Files.writeString(team.resolve("flows/instance.yaml"), "queues: {}\n");
    }

    @Test
    void theNearestFolderAboveWithAnInstanceFileIsTheProject() {
        Project found = Project.find(team.resolve("features/transfers"), null, null);

        assertEquals(team.toAbsolutePath().normalize(), found.root());
        assertEquals(team.resolve("flows/instance.yaml").toAbsolutePath().normalize(), found.instanceFile());
        assertEquals(team.resolve("features").toAbsolutePath().normalize(), found.features());
        assertEquals(team.resolve("reports").toAbsolutePath().normalize(), found.reports());
    }

    @Test
    void stubsAreThereOnlyWhenTheProjectHasTheFolder() throws IOException {
        assertEquals(Optional.empty(), Project.at(team).stubs());

        Files.createDirectories(team.resolve("stubs"));

        assertEquals(Optional.of(team.resolve("stubs").toAbsolutePath().normalize()), Project.at(team).stubs());
    }

    @Test
    void aNamedProjectWinsOverTheWorkingDirectory() throws IOException {
        Path other = temp.resolve("other");
        Files.createDirectories(other.resolve("flows"));
        Files.writeString(other.resolve("flows/instance.yaml"), "queues: {}\n");

        assertEquals(other.toAbsolutePath().normalize(), Project.find(team, other.toString(), null).root());
    }

    @Test
    void anotherInstanceFileKeepsTheProjectsFolders() throws IOException {
        Path instance = Files.writeString(temp.resolve("other.yaml"), "queues: {}\n");

        Project found = Project.find(team, null, instance.toString());

        assertEquals(team.toAbsolutePath().normalize(), found.root());
        assertEquals(instance.toAbsolutePath().normalize(), found.instanceFile());
        assertTrue(found.describe().endsWith(", instance file " + instance.toAbsolutePath().normalize() + ")"),
                found.describe());
    }

    @Test
    void noProjectAtOrAboveTheFolderSaysWhereItLookedAndWhatToDo() {
        ProjectNotFound none = assertThrows(ProjectNotFound.class, () -> Project.find(temp, null, null));

        assertEquals("no connect-sim project in " + temp + " or any folder above it (a project is a folder with"
                + " flows/instance.yaml): cd into one, give --project DIR, or make one with connect-sim init",
                none.getMessage());
    }

    @Test
    void aNamedFolderThatIsNoProjectNamesTheNearestProjectAboveIt() throws IOException {
        Path inside = Files.createDirectories(team.resolve("features/transfers"));

        ProjectNotFound none = assertThrows(ProjectNotFound.class, () -> Project.find(temp, inside.toString(), null));

        assertEquals("--project " + inside + " is not a connect-sim project: it has no flows/instance.yaml (the"
                + " nearest above it is " + team.toAbsolutePath().normalize() + ")", none.getMessage());
    }

    @Test
    void aMissingInstanceFileIsNamed() {
        ProjectNotFound none = assertThrows(ProjectNotFound.class,
                () -> Project.find(team, null, temp.resolve("nope.yaml").toString()));

        assertEquals("no instance file " + temp.resolve("nope.yaml") + " (expected a file such as"
                + " flows/instance.yaml)", none.getMessage());
    }
}
