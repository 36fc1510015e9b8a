package dev.connectsim.harness.report;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Cucumber's own HTML report ({@code cucumber.html}), Cucumber's {@link HtmlFormatter} unchanged, fed on a thread of
 * its own ({@link WriterThread}): the formatter writes its page and every message as it comes, and on the run's
 * thread that was about 0.15 s of the start-up, before the first scenario (docs/performance.md, "Fixed cost").
 * {@link #closeAll} waits until every one of the run is written.
 */
public final class CucumberHtml implements ConcurrentEventListener {

    private static final List<CucumberHtml> OPEN = new ArrayList<>();

    private final File out;
    private final WriterThread writer;
    private final List<EventHandler<Envelope>> formatter = new ArrayList<>();

    /** The report written to {@code out}; the plugin's argument, as in {@code --plugin CucumberHtml:reports/x.html}. */
    public CucumberHtml(File out) {
        this.out = out;
        this.writer = new WriterThread(out.getName());
        writer.later(this::open);
        synchronized (OPEN) {
            OPEN.add(this);
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, envelope -> writer.later(() -> formatter.forEach(
                handler -> handler.receive(envelope))));
    }

    /** Waits until every report of the run is written; throws what one could not write. */
    public static void closeAll() {
        List<CucumberHtml> open;
        synchronized (OPEN) {
            open = new ArrayList<>(OPEN);
            OPEN.clear();
        }
        RuntimeException first = null;
        for (CucumberHtml html : open) {
            try {
                html.writer.close();
            } catch (RuntimeException e) {
                first = first == null ? new IllegalStateException("cannot write " + html.out + ": " + e.getMessage(), e)
                        : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** On the writer's thread: the file opened and Cucumber's formatter made, taking the messages it asks for. */
    private void open() {
        try {
            if (out.getAbsoluteFile().getParentFile() != null) {
                Files.createDirectories(out.getAbsoluteFile().getParentFile().toPath());
            }
            new HtmlFormatter(new FileOutputStream(out)).setEventPublisher(new EventPublisher() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                    if (type == Envelope.class) {
                        formatter.add((EventHandler<Envelope>) handler);
                    }
                }

                @Override
                public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                    formatter.remove(handler);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
