package dev.connectsim.flow.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectsim.flow.FlowParseException;
import dev.connectsim.flow.FlowParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a file nested deeper than 1,000 levels and a UTF-16 file were parse findings without a line and column,
 * and with the hint of a file that is not a flow; {@code {}} was told it "holds no JSON".
 */
class ParseFindingPlacesTest {

    @TempDir
    Path folder;

    private Finding findingOf(String name, byte[] content) throws IOException {
        Path file = Files.write(folder.resolve(name), content);
        return FlowValidator.parseFailure(assertThrows(FlowParseException.class, () -> FlowParser.parseFile(file)));
    }

    @Test
    void nestingDeeperThanAThousandLevelsNamesTheLineAndColumnOfTheBracketPastTheLimit() throws IOException {
        String text = "{\"Actions\": [\n" + "[".repeat(1200) + "]".repeat(1200) + "]}";

        Finding finding = findingOf("deep.json", text.getBytes(StandardCharsets.UTF_8));

        assertEquals("2:999", finding.pointer(), finding.toString());
        assertEquals("export the flow again: a flow nests objects and arrays a few levels deep, never a thousand",
                finding.hint());
    }

    @Test
    void aUtf16FileSaysSoAtItsFirstCharacterAndAsksForUtf8() throws IOException {
        Finding finding = findingOf("wide.json", "{\"Version\": \"2019-10-30\"}".getBytes(StandardCharsets.UTF_16));

        assertEquals("1:1", finding.pointer());
        assertEquals(finding.file() + ":1:1: UTF-16 text (it starts with the byte order mark FE FF), not UTF-8",
                finding.message());
        assertEquals("save the file as UTF-8, as Connect exports flows", finding.hint());
    }

    @Test
    void aByteThatIsNotUtf8IsPlacedByLineAndColumn() throws IOException {
        byte[] bytes = "{\n  \"Version\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        bytes[5] = (byte) 0xC3;
        bytes[6] = (byte) 0x28;

        assertEquals("2:4", findingOf("latin.json", bytes).pointer());
    }

    @Test
    void anEmptyObjectIsToldItHoldsAnEmptyObjectNotThatItHoldsNoJson() throws IOException {
        Finding finding = findingOf("empty.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals("export the flow again: the file holds an empty JSON object, not a flow", finding.hint());
        assertEquals("export the flow again: the file holds no JSON",
                findingOf("blank.json", "  \n".getBytes(StandardCharsets.UTF_8)).hint());
    }
}
