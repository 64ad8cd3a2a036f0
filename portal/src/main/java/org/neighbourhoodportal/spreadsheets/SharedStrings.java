package org.neighbourhoodportal.spreadsheets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings ({@code sharedStrings.xml}), in order: each {@code <si>} as the text a person sees,
 * its rich-text runs joined and its phonetic guides ({@code <rPh>}) left out.
 */
final class SharedStrings {

    private final List<String> strings = new ArrayList<>();

    /** @return null when the file names a string it does not hold */
    String get(int index) {
        return index < 0 || index >= strings.size() ? null : strings.get(index);
    }

    DefaultHandler handler() {
        return new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inItem;
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (WorkbookParts.localName(localName, qName)) {
                    case "si" -> {
                        inItem = true;
                        text.setLength(0);
                    }
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inText = inItem && !inPhonetic;
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText && text.length() < SheetReader.MAX_TEXT) {
                    text.append(ch, start, Math.min(length, SheetReader.MAX_TEXT - text.length()));
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (WorkbookParts.localName(localName, qName)) {
                    case "si" -> {
                        inItem = false;
                        strings.add(text.toString());
                    }
                    case "rPh" -> inPhonetic = false;
                    case "t" -> inText = false;
                    default -> {
                    }
                }
            }
        };
    }
}
