package dev.newsletter.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsletter} command: inspect, convert and publish newsletter issues.
 *
 * <pre>
 * java -jar newsletter.jar inspect archive/2022-02.md
 * </pre>
 */
@Command(
        name = "newsletter",
        mixinStandardHelpOptions = true,
        versionProvider = NewsletterCommand.Version.class,
        description =
                "Parse newsletter issues (Markdown with front matter, email) into data, pages and"
                        + " feeds.",
        subcommands = {
            InspectCommand.class,
            ConvertCommand.class,
            FeedCommand.class,
            BuildCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewsletterCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = StandardOutput.of(new FileOutputStream(FileDescriptor.out));
        System.exit(run(args, out, new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command with the given streams and returns its exit status: 0 on success, 1 when the
     * input has errors or cannot be read or the output cannot be written, 2 on a usage error. Every
     * problem is one line on {@code err}; a failed write to {@code out} is one of them.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        OneLineErrors errors = new OneLineErrors();
        CommandLine line = new CommandLine(new NewsletterCommand());
        line.setOut(out);
        line.setErr(err);
        line.registerConverter(Path.class, new OptionValues.FilePath());
        line.registerConverter(URI.class, new OptionValues.AbsoluteAddress());
        line.registerConverter(Integer.class, new OptionValues.WholeNumber());
        line.registerConverter(int.class, new OptionValues.WholeNumber());
        line.setExecutionExceptionHandler(errors);
        line.setParameterExceptionHandler(errors);
        int status;
        try {
            status = line.execute(args);
        } catch (StackOverflowError e) {
            return fail(err, "the input is nested too deeply to process");
        } catch (OutOfMemoryError e) {
            return fail(
                    err, "out of memory; give Java more (java -Xmx2g ...) or read less at once");
        }
        String failure = StandardOutput.failure(out);
        if (failure != null) {
            return fail(err, "cannot write standard output: " + failure);
        }
        return status;
    }

    private static int fail(PrintWriter err, String line) {
        err.println("newsletter: " + line);
        err.flush();
        return OneLineErrors.INPUT_ERROR;
    }

    /** This tool's version, as the build wrote it into the jar. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = NewsletterCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "(unknown version)");
    }

    /** Without a subcommand, show the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "newsletter " + version(),
                "Java "
                        + System.getProperty("java.version")
                        + " ("
                        + System.getProperty("java.vendor")
                        + ")"
            };
        }
    }
}
