package org.neighbourhoodportal.spreadsheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What each cell style's number format says about the number in a cell: a date ("d mmm yyyy") or a percentage
 * ("0%", which holds 1 for 100%). Read from the styles part's {@code <numFmts>} and {@code <cellXfs>}; the built-in
 * formats (9 is "0%", 14 a date) come from POI.
 */
public final class CellFormats {

    static final CellFormats NONE = new CellFormats();

    private final Map<Integer, String> codes = new HashMap<>();
    private final List<Integer> styles = new ArrayList<>();

    boolean isDate(int style) {
        Integer id = formatId(style);
        if (id == null) {
            return false;
        }
        String code = code(id);
        try {
            return code != null && DateUtil.isADateFormat(id, code);
        } catch (RuntimeException e) {
            return false;
        }
    }

    boolean isPercent(int style) {
        Integer id = formatId(style);
        return id != null && isPercent(code(id));
    }

    /** A % outside quoted text and not escaped: "0%" and "0.0%" are percentages, "0\%" and "0 \"%\"" are not. */
    public static boolean isPercent(String code) {
        if (code == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }

    private Integer formatId(int style) {
        return style < 0 || style >= styles.size() ? null : styles.get(style);
    }

    private String code(int id) {
        String code = codes.get(id);
        return code != null ? code : BuiltinFormats.getBuiltinFormat(id);
    }

    DefaultHandler handler() {
        return new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (WorkbookParts.localName(localName, qName)) {
                    case "numFmt" -> {
                        Integer id = number(WorkbookParts.attribute(attributes, "numFmtId"));
                        String code = WorkbookParts.attribute(attributes, "formatCode");
                        if (id != null && code != null) {
                            codes.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = number(WorkbookParts.attribute(attributes, "numFmtId"));
                            styles.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if ("cellXfs".equals(WorkbookParts.localName(localName, qName))) {
                    inCellXfs = false;
                }
            }
        };
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
