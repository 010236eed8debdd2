package dev.newsletter.examples;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The command in a process of its own, as people run it: a {@code java} of this machine with the
 * test class path, so a test can kill it with SIGKILL or give it a working folder.
 */
final class CommandProcess {

    private CommandProcess() {}

    /** The outcome of a finished run. */
    record Outcome(int status, String out, String err) {}

    /** Starts {@code mainClass} with {@code args} in {@code workingFolder}. */
    static Process start(Path workingFolder, Class<?> mainClass, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1"); // a short run: start fast rather than peak
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(args);
        return new ProcessBuilder(command).directory(workingFolder.toFile()).start();
    }

    /** Runs the command to its end (at most two minutes) in {@code workingFolder}. */
    static Outcome run(Path workingFolder, String... args)
            throws IOException, InterruptedException {
        Process process = start(workingFolder, NewsletterCommand.class, List.of(args));
        process.getOutputStream().close();
        CompletableFuture<String> err = readAll(process.getErrorStream());
        String out = readAll(process.getInputStream()).join();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end: " + String.join(" ", args));
        }
        return new Outcome(process.exitValue(), out, err.join());
    }

    /** Reads a stream to its end in the background, so neither of a process's pipes fills. */
    static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (stream) {
                        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String classPath() {
        // Surefire passes the real class path here; java.class.path may be its manifest jar.
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
