package org.candour.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/** Download links whose content is made when clicked, in memory, never written to disk. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * A link to content the server may hand out only once: when {@code content} is empty (already downloaded, or
     * lost in a restart) the click gets a short text file saying so instead.
     */
    public static Anchor oneTime(String label, String fileName, String contentType, Supplier<Optional<byte[]>> content,
                                 String goneFileName, String goneText) {
        DownloadHandler handler = event -> {
            Optional<byte[]> bytes = content.get();
            if (bytes.isEmpty()) {
                event.setContentType("text/plain; charset=utf-8");
                event.setFileName(goneFileName);
                event.getOutputStream().write(goneText.getBytes(StandardCharsets.UTF_8));
                return;
            }
            event.setContentType(contentType);
            event.setFileName(fileName);
            event.setContentLength(bytes.get().length);
            event.getOutputStream().write(bytes.get());
        };
        return new Anchor(handler, label);
    }

    /** A link to content made afresh on every click (for example an export of what the screen shows). */
    public static Anchor each(String label, String fileName, String contentType, Supplier<byte[]> content) {
        return oneTime(label, fileName, contentType, () -> Optional.of(content.get()), fileName, "");
    }
}
