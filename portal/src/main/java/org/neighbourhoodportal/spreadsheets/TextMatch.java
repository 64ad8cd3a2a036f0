package org.neighbourhoodportal.spreadsheets;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way the import compares what people typed with what the portal knows: sheet names, headings, people and
 * their organisations, priority titles, statuses, RAG, Yes/No, typed numbers and dates. Every text match in the
 * import goes through {@link #key}; nothing compares typed text with {@code equalsIgnoreCase} or {@code trim}.
 *
 * <p>Two texts match when they differ only in what a person cannot see or did not mean: case; non-breaking, narrow and
 * other Unicode spaces, tabs and line breaks; doubled spaces; spaces at either end (Java's {@code trim} and
 * {@code strip} both leave a non-breaking space); zero-width characters and soft hyphens; curly or straight quotes
 * (Excel and the Mac turn ' into ’ as people type); and Unicode's compatibility forms (full-width letters, ligatures).
 */
public final class TextMatch {

    /** Zero-width spaces and joiners, word joiner, byte order mark, soft hyphen: present, but nothing to see. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u180E\\u200B-\\u200D\\u2060\\uFEFF]");
    /** Any run of white space, Unicode's too: \s alone does not match a non-breaking space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ENDS = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", Pattern.UNICODE_CHARACTER_CLASS);

    private TextMatch() {
    }

    /** What a text is matched by; "" for null. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = folded.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201B', '\'')
                .replace('\u2032', '\'').replace('\u201C', '"').replace('\u201D', '"');
        folded = SPACES.matcher(folded).replaceAll(" ").trim();
        return folded.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * Text as typed, without the invisible characters and the white space of any kind at either end; what is
     * between the ends is kept as the person wrote it.
     */
    public static String stripEnds(String text) {
        return text == null ? null : ENDS.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll("");
    }
}
