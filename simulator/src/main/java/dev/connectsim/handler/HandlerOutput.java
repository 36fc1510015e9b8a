package dev.connectsim.handler;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What one execution environment of a team's Java handler writes, line by line: its {@code System.out} and
 * {@code System.err} (the rewritten reads of those fields return {@link #out()} and {@link #err()}) and its
 * Context's {@code LambdaLogger}, in the order written, as CloudWatch gets them.
 *
 * <p>Design note: lines collect until {@link #drain()} hands them to the invocation that just ran, so what a static
 * initialiser prints shows in the first invocation's log, as it shows before the first request in the function's
 * log stream. A line not yet ended is handed over as it is. Writes from the handler's own threads are kept in order
 * by one lock.
 */
final class HandlerOutput {

    private final List<String> lines = new ArrayList<>();
    private final LineStream outLine = new LineStream();
    private final LineStream errLine = new LineStream();
    private final PrintStream out = new PrintStream(outLine, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errLine, true, StandardCharsets.UTF_8);

    /** The handler's {@code System.out}. */
    PrintStream out() {
        return out;
    }

    /** The handler's {@code System.err}. */
    PrintStream err() {
        return err;
    }

    /** One message of the Context's logger: its lines, without a final line break. */
    void log(String message) {
        String text = String.valueOf(message);
        synchronized (lines) {
            lines.addAll(List.of((text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n",
                    -1)));
        }
    }

    /** Every line written since the last drain, unfinished lines included, and forgets them. */
    List<String> drain() {
        out.flush();
        err.flush();
        synchronized (lines) {
            outLine.endLine(false);
            errLine.endLine(false);
            List<String> drained = List.copyOf(lines);
            lines.clear();
            return drained;
        }
    }

    /** Bytes to lines, decoded as UTF-8 when a line ends. */
    private final class LineStream extends OutputStream {

        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            synchronized (lines) {
                if (b == '\n') {
                    endLine(true);
                } else {
                    line.write(b);
                }
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (lines) {
                for (int i = offset; i < offset + length; i++) {
                    write(bytes[i]);
                }
            }
        }

        /** Ends the line written so far; an empty one only when {@code evenEmpty} (a line break, nothing before). */
        private void endLine(boolean evenEmpty) {
            if (evenEmpty || line.size() > 0) {
                String text = line.toString(StandardCharsets.UTF_8);
                lines.add(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
                line.reset();
            }
        }
    }
}
