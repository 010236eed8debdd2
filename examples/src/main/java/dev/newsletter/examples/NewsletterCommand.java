package dev.newsletter.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
        System.exit(
                run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command with the given streams and returns its exit status: 0 on success, 1 when the
     * input has errors or cannot be read, 2 on a usage error.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new NewsletterCommand());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler(new OneLineErrors());
        return line.execute(args);
    }

    /** Without a subcommand, show the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in =
                    NewsletterCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "newsletter " + properties.getProperty("version", "(unknown version)"),
                "Java "
                        + System.getProperty("java.version")
                        + " ("
                        + System.getProperty("java.vendor")
                        + ")"
            };
        }
    }
}
