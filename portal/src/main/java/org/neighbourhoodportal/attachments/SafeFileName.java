package org.neighbourhoodportal.attachments;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names: kept as people gave them for the list (emoji, accents, long names), made safe where they could do
 * harm, in the download's {@code Content-Disposition} header.
 */
public final class SafeFileName {

    /** The most a stored file name holds, in Java characters (an emoji is two); the column is {@code varchar(255)}. */
    public static final int MAX_LENGTH = 255;

    /** The longest name offered in a download's header, in characters, before its ending. */
    static final int MAX_HEADER_LENGTH = 120;

    private SafeFileName() {
    }

    /**
     * The name to store and list: without any folder a browser sent, control characters or direction overrides, and
     * shortened in the middle to {@link #MAX_LENGTH} with its ending kept. Never empty.
     */
    public static String keep(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isDirectionControl(c)
                && Character.getType(c) != Character.FORMAT || c == 0x200D) // keep the joiner in family emoji
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        return shorten(name, MAX_LENGTH);
    }

    /**
     * The header that makes the browser save the file under its name: an ASCII name for old browsers and the full
     * name in UTF-8 ({@code filename*}, RFC 6266) for the rest, both without quotes, slashes or line breaks.
     */
    public static String contentDisposition(String stored) {
        String name = shorten(keep(stored), MAX_HEADER_LENGTH);
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /** Letters without accents, digits, space, dot, dash, underscore and brackets; anything else an underscore. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        plain.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || " .-_()".indexOf(c) >= 0);
            out.append(safe ? (char) c : '_');
        });
        String result = out.toString().replaceAll("_{2,}", "_").strip();
        String extension = AllowedType.extension(result);
        String base = extension.isEmpty() ? result : result.substring(0, result.length() - extension.length() - 1);
        if (base.replace("_", "").isBlank()) {
            return extension.isEmpty() ? "document" : "document." + extension;
        }
        return result;
    }

    private static String percentEncode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Cuts the middle of a long name, keeping whole characters and its ending: "A very long…name.pdf". */
    static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String extension = AllowedType.extension(name);
        String tail = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        int room = max - tail.length() - 1;
        int end = room;
        if (Character.isLowSurrogate(name.charAt(end))) {
            end--;
        }
        return name.substring(0, end) + "\u2026" + tail;
    }

    private static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }
}
