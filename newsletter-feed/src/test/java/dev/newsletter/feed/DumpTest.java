package dev.newsletter.feed;

import org.junit.jupiter.api.Test;

class DumpTest {
  @Test
  void dump() throws Exception {
    for (FeedFormat format : FeedFormat.values()) {
      for (FeedGranularity g : FeedGranularity.values()) {
        String out = FeedWriter.builder().format(format).title("Lab Notes").homepage(SampleArchive.HOME)
            .selfUri(java.net.URI.create("https://lab.example.org/newsletters/feed.xml"))
            .granularity(g).language("en").build().write(SampleArchive.issues());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "dump-" + format + "-" + g + format.fileExtension()), out);
      }
    }
  }
}
