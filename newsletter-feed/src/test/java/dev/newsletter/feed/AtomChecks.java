package dev.newsletter.feed;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an Atom document against RFC 4287: the RELAX NG schema of its Appendix B (with jing), and
 * the rules the schema's Schematron annotations state but jing skips, plus the RFC's prose on ids,
 * IRIs and dates.
 */
final class AtomChecks {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * RFC 3339 date-time as RFC 4287 section 3.3 requires it: upper-case T and Z, seconds present.
     */
    private static final Pattern RFC_3339 =
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private AtomChecks() {}

    /** Every problem found in {@code xml}; empty when it is a valid Atom feed. */
    static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>(schemaProblems(xml));
        Document document = parse(xml);
        Element feed = document.getDocumentElement();
        boolean feedHasAuthor = hasNamedAuthor(feed);
        checkNames(document, problems);
        checkIri(text(child(feed, "id")), "feed id", problems);
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            String id = text(child(entry, "id"));
            checkIri(id, "entry id", problems);
            if (!ids.add(id)) {
                problems.add("duplicate entry id " + id);
            }
            if (!feedHasAuthor && !hasNamedAuthor(entry)) {
                problems.add("entry " + id + " has no author and neither has the feed");
            }
            boolean alternate = false;
            for (Element link : children(entry, "link")) {
                String rel = link.getAttribute("rel");
                alternate |= rel.isEmpty() || rel.equals("alternate");
            }
            if (!alternate && child(entry, "content") == null) {
                problems.add("entry " + id + " has neither an alternate link nor content");
            }
        }
        NodeList links = document.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            checkIri(((Element) links.item(i)).getAttribute("href"), "link href", problems);
        }
        NodeList uris = document.getElementsByTagNameNS(ATOM, "uri");
        for (int i = 0; i < uris.getLength(); i++) {
            checkIri(uris.item(i).getTextContent(), "person uri", problems);
        }
        for (String name : List.of("updated", "published")) {
            NodeList dates = document.getElementsByTagNameNS(ATOM, name);
            for (int i = 0; i < dates.getLength(); i++) {
                String date = dates.item(i).getTextContent();
                if (!RFC_3339.matcher(date).matches()) {
                    problems.add(name + " is not an RFC 3339 date-time: " + date);
                } else {
                    OffsetDateTime.parse(date); // throws on a 30th of February
                }
            }
        }
        return problems;
    }

    /** Parses {@code xml} namespace-aware; fails the test on a well-formedness error. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Collects the schema errors of the document being validated; the tests run on one thread. */
    private static final List<String> SCHEMA_ERRORS = new ArrayList<>();

    private static final ValidationDriver DRIVER = loadSchema();

    private static ValidationDriver loadSchema() {
        ErrorHandler collect =
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                        // warnings are not violations
                    }

                    @Override
                    public void error(SAXParseException e) {
                        SCHEMA_ERRORS.add(
                                "schema: line " + e.getLineNumber() + ": " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        SCHEMA_ERRORS.add(
                                "schema (fatal): line "
                                        + e.getLineNumber()
                                        + ": "
                                        + e.getMessage());
                    }
                };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver =
                new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        URL schema = AtomChecks.class.getResource("/atom.rnc");
        try {
            if (!driver.loadSchema(new InputSource(schema.toExternalForm()))) {
                throw new AssertionError("atom.rnc did not load: " + SCHEMA_ERRORS);
            }
        } catch (SAXException | IOException e) {
            throw new AssertionError("atom.rnc did not load", e);
        }
        return driver;
    }

    private static synchronized List<String> schemaProblems(String xml) {
        SCHEMA_ERRORS.clear();
        try {
            DRIVER.validate(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            SCHEMA_ERRORS.add("schema: " + e.getMessage());
        }
        return List.copyOf(SCHEMA_ERRORS);
    }

    private static void checkNames(Document document, List<String> problems) {
        for (String role : List.of("author", "contributor")) {
            NodeList people = document.getElementsByTagNameNS(ATOM, role);
            for (int i = 0; i < people.getLength(); i++) {
                Element name = child((Element) people.item(i), "name");
                if (name == null || name.getTextContent().isBlank()) {
                    problems.add(role + " without a name");
                }
            }
        }
    }

    private static boolean hasNamedAuthor(Element parent) {
        for (Element author : children(parent, "author")) {
            Element name = child(author, "name");
            if (name != null && !name.getTextContent().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void checkIri(String value, String what, List<String> problems) {
        try {
            if (value == null || !new URI(value).isAbsolute()) {
                problems.add(what + " is not absolute: " + value);
            }
        } catch (URISyntaxException e) {
            problems.add(what + " is not a URI: " + value);
        }
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }
}
