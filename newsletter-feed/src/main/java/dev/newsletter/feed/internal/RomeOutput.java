package dev.newsletter.feed.internal;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.Writer;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Writes a Rome wire feed, indented, as UTF-8 XML text; shared by the Atom and RSS writers. */
final class RomeOutput {

  /** The Atom namespace, for the links an RSS feed borrows from Atom. */
  static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

  /** The RFC 5005 feed-history namespace, for the {@code fh:archive} marker. */
  static final Namespace HISTORY =
      Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");

  private RomeOutput() {}

  static void write(WireFeed feed, Appendable out) throws IOException {
    feed.setEncoding("UTF-8");
    Writer writer = new AppendableWriter(out);
    try {
      new WireFeedOutput().output(feed, writer, true);
    } catch (FeedException e) {
      // Our pages always carry what Rome requires; reaching here is a bug in this module.
      throw new IllegalStateException("Rome refused a " + feed.getFeedType() + " feed: "
          + e.getMessage(), e);
    }
    writer.flush();
  }

  /** The {@code <fh:archive/>} element that marks an RFC 5005 archive document. */
  static Element archiveMarker() {
    return new Element("archive", HISTORY);
  }
}
