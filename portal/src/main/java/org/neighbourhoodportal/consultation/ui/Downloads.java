package org.neighbourhoodportal.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A download link whose file is made when it is asked for, in that request, through the service's access check. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String id, String words, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" " + words);
        link.setId(id);
        return link;
    }

    /** A file name from a title: letters, digits, spaces and dashes only. */
    static String fileName(String title, String extension) {
        String safe = title.replaceAll("[^\\p{L}\\p{N} \\-]", "").strip();
        return (safe.isEmpty() ? "consultation" : safe.length() > 80 ? safe.substring(0, 80) : safe) + "." + extension;
    }
}
