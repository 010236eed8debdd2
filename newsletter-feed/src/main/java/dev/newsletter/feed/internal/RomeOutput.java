package dev.newsletter.feed.internal;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Writes a Rome wire feed as indented UTF-8 XML text; shared by the Atom and RSS writers. */
final class RomeOutput {

    /** The Atom namespace, for the links an RSS feed borrows from Atom. */
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    /** The RFC 5005 feed-history namespace, for the {@code fh:archive} marker. */
    static final Namespace HISTORY =
            Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");

    private RomeOutput() {}

    /**
     * Writes {@code feed}; {@code language}, when not null, becomes the root's {@code xml:lang}
     * (Rome's Atom generator drops the feed's language, so it is set on the document here).
     */
    static void write(WireFeed feed, String language, Appendable out) throws IOException {
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            // Our pages always carry what Rome requires; reaching here is a bug in this module.
            throw new IllegalStateException(
                    "Rome refused a " + feed.getFeedType() + " feed: " + e.getMessage(), e);
        }
        Element root = document.getRootElement();
        if (language != null) {
            root.setAttribute("lang", language, Namespace.XML_NAMESPACE);
        }
        declareOnRoot(root);
        // Indented, Unix line ends, and text kept exactly as given (Rome's own pretty format
        // trims).
        Format format =
                Format.getPrettyFormat()
                        .setEncoding("UTF-8")
                        .setLineSeparator("\n")
                        .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        Writer writer = new AppendableWriter(out);
        new XMLOutputter(format).output(document, writer);
        writer.flush();
    }

    /**
     * Declares the borrowed namespaces once on the root rather than on every element using them.
     */
    private static void declareOnRoot(Element root) {
        Set<Namespace> used = new LinkedHashSet<>();
        for (Element element : root.getDescendants(Filters.element())) {
            Namespace namespace = element.getNamespace();
            if (namespace.equals(ATOM) || namespace.equals(MEDIA) || namespace.equals(HISTORY)) {
                used.add(namespace);
            }
        }
        for (Namespace namespace : used) {
            if (!namespace.getURI().equals(root.getNamespaceURI())) {
                root.addNamespaceDeclaration(namespace);
            }
        }
    }

    /** The Media RSS namespace, for the preview image as {@code media:content}. */
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    /** A {@code <media:content medium="image">} element for {@code image}, which readers show. */
    static Element mediaContent(java.net.URI image, String type) {
        Element media = new Element("content", MEDIA);
        media.setAttribute("url", image.toASCIIString());
        media.setAttribute("medium", "image");
        if (type != null) {
            media.setAttribute("type", type);
        }
        return media;
    }

    /** The {@code <fh:archive/>} element that marks an RFC 5005 archive document. */
    static Element archiveMarker() {
        return new Element("archive", HISTORY);
    }
}
