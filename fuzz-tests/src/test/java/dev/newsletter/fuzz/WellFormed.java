package dev.newsletter.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads XML with the JDK's parser, DTDs and external entities refused, and JSON with Jackson,
 * failing on anything that is not well-formed.
 */
final class WellFormed {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final DocumentBuilder XML = xmlParser();

    private WellFormed() {}

    /** The XML document {@code text}; fails unless it is well-formed and has no DTD. */
    static Document xml(String text, String where) {
        try {
            XML.reset();
            XML.setErrorHandler(THROWING);
            return XML.parse(new InputSource(new StringReader(text)));
        } catch (SAXException | IOException e) {
            throw new AssertionError(where + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The JSON value {@code text}; fails unless it is one well-formed JSON value. */
    static JsonNode json(String text, String where) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(where + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder xmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns every warning and error into an exception, so that nothing is printed and passed. */
    private static final ErrorHandler THROWING =
            new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            };
}
