package org.mixroom.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixroom.engine.AnalysisReport;
import org.mixroom.engine.AudioAnalyzer;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.ReportJson;

/**
 * {@code analyze FILE [--json] [--debug]}: measures one file and prints the report (JSON with --json, else a
 * readable summary). Exit 0 on success; 2 for input that cannot be analysed, with one line
 * {@code error: <file>: <problem>} on stderr and nothing on stdout; 1 for an internal fault.
 */
public final class AnalyzeCli {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;
    static final String USAGE = "usage: analyze FILE [--json] [--debug]";

    private final PrintStream out;
    private final PrintStream err;

    AnalyzeCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new AnalyzeCli(out, err).run(args);
        out.flush();
        System.exit(status);
    }

    int run(String[] args) {
        boolean json = false;
        boolean debug = false;
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "--debug" -> debug = true;
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("error: unknown option " + arg + "; " + USAGE);
                        return INVALID_INPUT;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 1) {
            err.println("error: " + (files.isEmpty() ? "no file given" : "one file at a time") + "; " + USAGE);
            return INVALID_INPUT;
        }
        Path file = Path.of(files.getFirst());
        String name = file.getFileName() == null ? files.getFirst() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                return invalid(name, "is a directory, not a file");
            }
            AnalysisReport report = new AudioAnalyzer().analyze(file);
            out.print(json ? ReportJson.write(report) : Summary.of(report));
            out.flush();
            return OK;
        } catch (InvalidAudioException e) {
            return invalid(name, e.getMessage());
        } catch (NoSuchFileException e) {
            return invalid(name, "no such file");
        } catch (AccessDeniedException e) {
            return invalid(name, "permission denied");
        } catch (IOException e) {
            return invalid(name, "cannot be read: " + e.getMessage());
        } catch (RuntimeException | Error e) {
            err.println("internal error: " + e);
            if (debug) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            }
            return INTERNAL_ERROR;
        }
    }

    private int invalid(String name, String problem) {
        err.println("error: " + name + ": " + problem.replace('\n', ' '));
        return INVALID_INPUT;
    }
}
