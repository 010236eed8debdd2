package dev.newsletter.examples;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the commands read the values people type, with messages in words: picocli's own conversions
 * quote the Java exception ({@code URISyntaxException}) when a value is wrong.
 */
final class OptionValues {

    private OptionValues() {}

    /** A web address: an absolute http or https URL with a host, as sites and feeds need. */
    static final class WebAddress implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            URI uri = AbsoluteAddress.parse(value);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new TypeConversionException(
                        "'"
                                + value
                                + "' is not an http or https address such as"
                                + " https://example.org/news/");
            }
            return uri;
        }
    }

    /** Any absolute URL, such as a page's base address. */
    static final class AbsoluteAddress implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return parse(value);
        }

        static URI parse(String value) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                String reason = e.getReason();
                String where = e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1);
                throw new TypeConversionException(
                        "'"
                                + value
                                + "' is not a valid address: "
                                + reason.substring(0, 1).toLowerCase(Locale.ROOT)
                                + reason.substring(1)
                                + where);
            }
            if (!uri.isAbsolute()) {
                throw new TypeConversionException(
                        "'" + value + "' is not an absolute address such as https://example.org/");
            }
            return uri;
        }
    }

    /** A path of this machine. */
    static final class FilePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not a valid path: " + e.getReason());
            }
        }
    }

    /** A whole number. */
    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
        }
    }
}
