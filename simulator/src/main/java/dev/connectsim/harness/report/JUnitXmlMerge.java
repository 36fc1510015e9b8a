package dev.connectsim.harness.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The {@code junit.xml} files of a run's shards (Cucumber's JUnit XML: one {@code testsuite} of {@code testcase}s) as
 * one: every test case, in the order of the files; the counts and times added up; the earliest timestamp.
 */
final class JUnitXmlMerge {

    private static final List<String> COUNTS = List.of("tests", "skipped", "failures", "errors");

    private JUnitXmlMerge() {
    }

    /**
     * Writes the merge of {@code files} to {@code out}; a file that is not JUnit XML is an
     * {@link IllegalArgumentException} naming it.
     */
    static void write(Path out, List<Path> files) {
        try {
            DocumentBuilder builder = builder();
            Document merged = builder.newDocument();
            merged.setXmlStandalone(true);
            Element suite = merged.createElement("testsuite");
            merged.appendChild(suite);
            suite.setAttribute("name", "Cucumber");
            long[] counts = new long[COUNTS.size()];
            BigDecimal time = BigDecimal.ZERO;
            Instant earliest = null;
            for (Path file : files) {
                Element shard = suite(builder, file);
                if (suite.getAttribute("name").equals("Cucumber") && shard.hasAttribute("name")) {
                    suite.setAttribute("name", shard.getAttribute("name"));
                }
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += number(file, shard, COUNTS.get(i)).longValueExact();
                }
                time = time.add(number(file, shard, "time"));
                Instant timestamp = timestamp(shard);
                if (timestamp != null && (earliest == null || timestamp.isBefore(earliest))) {
                    earliest = timestamp;
                }
                for (Node child = shard.getFirstChild(); child != null; child = child.getNextSibling()) {
                    suite.appendChild(merged.importNode(child, true));
                }
            }
            suite.setAttribute("time", time.toPlainString());
            for (int i = 0; i < counts.length; i++) {
                suite.setAttribute(COUNTS.get(i), Long.toString(counts[i]));
            }
            if (earliest != null) {
                suite.setAttribute("timestamp", earliest.toString());
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(merged), new StreamResult(out.toFile()));
        } catch (IOException | ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write the merged JUnit XML " + out + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder();
    }

    private static Element suite(DocumentBuilder builder, Path file) throws IOException {
        Document document;
        try {
            document = builder.parse(file.toFile());
        } catch (SAXException e) {
            throw new IllegalArgumentException(file + " is not JUnit XML: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("testsuite")) {
            throw new IllegalArgumentException(file + " is not the JUnit XML of a run: expected a <testsuite>, found <"
                    + root.getTagName() + ">");
        }
        return root;
    }

    private static BigDecimal number(Path file, Element suite, String attribute) {
        String value = suite.getAttribute(attribute);
        if (value.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": the testsuite's " + attribute + " is '" + value
                    + "', not a number");
        }
    }

    private static Instant timestamp(Element suite) {
        try {
            return suite.hasAttribute("timestamp") ? Instant.parse(suite.getAttribute("timestamp")) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
