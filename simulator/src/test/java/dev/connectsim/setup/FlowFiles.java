package dev.connectsim.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny flow files for instance-file tests: one Disconnect action, with or without a type in the file. */
final class FlowFiles {

    private FlowFiles() {
    }

    /** Writes a flow whose {@code Metadata.type} is {@code editorType} (such as "agentTransfer"), or none if null. */
    static Path write(Path folder, String fileName, String editorType) {
        String metadata = editorType == null ? "{}" : "{\"type\": \"" + editorType + "\"}";
        String flow = "{\"Version\": \"2019-10-30\", \"StartAction\": \"end\", \"Metadata\": " + metadata + ", "
                + "\"Actions\": [{\"Identifier\": \"end\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, "
                + "\"Transitions\": {}}]}";
        try {
            Path file = folder.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, flow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
