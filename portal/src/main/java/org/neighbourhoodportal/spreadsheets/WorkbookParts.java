package org.neighbourhoodportal.spreadsheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an opened workbook that the import reads: the list of sheets, the date system, the cell formats and the
 * shared strings. Found the same way in the usual ("transitional") Open XML and in Strict Open XML, which Excel offers
 * as "Strict Open XML Spreadsheet" and which differs only in its namespaces and relationship names.
 *
 * <p>POI 5.5's streaming helpers do not read Strict files: {@code XSSFReader}'s sheet iterator finds no sheets,
 * {@code ReadOnlySharedStringsTable} skips every string, and {@code StylesTable} (XMLBeans) refuses the styles part.
 * So every part here is read with SAX by element names alone, whatever their namespace, through POI's secure parser
 * (no DTDs, no external entities) and cut off at {@link ExcelLimits#MAX_PART_BYTES}. POI still opens the package,
 * with its zip-bomb checks.
 */
final class WorkbookParts {

    /** A sheet as {@code workbook.xml} lists it: its name and the relationship that leads to its part. */
    record SheetRef(String name, String relationshipId) {
    }

    private final OPCPackage pkg;
    private final PackagePart workbook;
    private final List<SheetRef> sheets;
    private final boolean date1904;

    private WorkbookParts(OPCPackage pkg, PackagePart workbook, List<SheetRef> sheets, boolean date1904) {
        this.pkg = pkg;
        this.workbook = workbook;
        this.sheets = List.copyOf(sheets);
        this.date1904 = date1904;
    }

    /** @throws ExcelImportException when the package holds no workbook (a zip of something else) */
    static WorkbookParts of(OPCPackage pkg) throws IOException, SAXException, InvalidFormatException {
        PackageRelationship main = first(pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT));
        if (main == null) {
            main = first(pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT));
        }
        PackagePart workbook = main == null ? null : pkg.getPart(main);
        if (workbook == null) {
            throw new ExcelImportException(WorkbookReader.NOT_A_WORKBOOK);
        }
        WorkbookHandler handler = new WorkbookHandler();
        try (InputStream in = workbook.getInputStream()) {
            parse(in, handler);
        }
        return new WorkbookParts(pkg, workbook, handler.sheets, handler.date1904);
    }

    private static PackageRelationship first(PackageRelationshipCollection relationships) {
        return relationships == null || relationships.isEmpty() ? null : relationships.getRelationship(0);
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    /** Whether the workbook counts days from 1 Jan 1904 ({@code <workbookPr date1904="1">}) rather than 1900. */
    boolean date1904() {
        return date1904;
    }

    /** The sheet's XML, to read with {@link #parse}; the caller closes it. */
    InputStream open(SheetRef sheet) throws IOException, InvalidFormatException {
        PackagePart part = related(sheet.relationshipId() == null ? null
                : workbook.getRelationship(sheet.relationshipId()));
        if (part == null) {
            throw new ExcelImportException(WorkbookReader.DAMAGED);
        }
        return part.getInputStream();
    }

    CellFormats formats() throws IOException, SAXException, InvalidFormatException {
        PackagePart part = related("styles");
        if (part == null) {
            return CellFormats.NONE;
        }
        CellFormats formats = new CellFormats();
        try (InputStream in = part.getInputStream()) {
            parse(in, formats.handler());
        }
        return formats;
    }

    SharedStrings strings() throws IOException, SAXException, InvalidFormatException {
        PackagePart part = related("sharedStrings");
        SharedStrings strings = new SharedStrings();
        if (part != null) {
            try (InputStream in = part.getInputStream()) {
                parse(in, strings.handler());
            }
        }
        return strings;
    }

    /** The workbook's part of this relationship type, by the type's last word (its namespace differs in Strict). */
    private PackagePart related(String type) throws InvalidFormatException {
        for (PackageRelationship relationship : workbook.getRelationships()) {
            String name = relationship.getRelationshipType();
            if (name != null && name.endsWith("/" + type)) {
                return related(relationship);
            }
        }
        return null;
    }

    private PackagePart related(PackageRelationship relationship) throws InvalidFormatException {
        if (relationship == null) {
            return null;
        }
        return pkg.getPart(PackagingURIHelper.createPartName(relationship.getTargetURI()));
    }

    /** Parses a part with POI's secure parser, never reading past the part limit. */
    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
        parser.setContentHandler(handler);
        parser.parse(new InputSource(new LimitedInputStream(in, ExcelLimits.MAX_PART_BYTES)));
    }

    /** An element's name without its namespace: Strict and transitional files name their elements alike. */
    static String localName(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The value of an attribute by its name without namespace ({@code r:id} is "id"). */
    static String attribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (name.equals(localName(attributes.getLocalName(i), attributes.getQName(i)))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    /** {@code workbook.xml}: the sheets in their order, and the date system. */
    private static final class WorkbookHandler extends DefaultHandler {
        private final List<SheetRef> sheets = new ArrayList<>();
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName(localName, qName)) {
                case "workbookPr" -> {
                    String value = attribute(attributes, "date1904");
                    // xsd:boolean: Excel writes "1", LibreOffice "true"
                    date1904 = value != null && ("1".equals(value.trim()) || "true".equals(value.trim()));
                }
                case "sheet" -> {
                    if (sheets.size() < ExcelLimits.MAX_PARTS) {
                        sheets.add(new SheetRef(attribute(attributes, "name"), attribute(attributes, "id")));
                    }
                }
                default -> {
                }
            }
        }
    }
}
