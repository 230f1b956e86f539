package org.eduaid.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines of an app's log, to show next to a failed start without opening the file. */
final class LogTail {

    private LogTail() {
    }

    /**
     * Reads the whole file once, keeping only the last {@code lines}: logs append across runs and
     * can grow large, memory stays bounded. Undecodable bytes become replacement characters.
     */
    static List<String> last(Path file, int lines) {
        Deque<String> tail = new ArrayDeque<>(lines);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            }
        } catch (NoSuchFileException e) {
            return List.of("(no log file at " + file + ")");
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }
}
