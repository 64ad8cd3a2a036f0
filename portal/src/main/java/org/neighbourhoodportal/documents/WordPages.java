package org.neighbourhoodportal.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * How every Word document the portal writes is laid out: A4 portrait with 2 cm margins and "Page 1 of 3" in the
 * footer; real Heading 1 and Heading 2 styles (the navigation pane, a screen reader's list of headings and a table of
 * contents all read these, not big bold text); and real lists from {@code numbering.xml}, so bullets and numbers
 * are the word processor's own rather than typed characters.
 */
public final class WordPages {

    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";

    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    /** 2 cm. */
    static final int MARGIN = 1134;

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String FONT = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>";

    private final XWPFDocument document;
    private final BigInteger bulletList;
    private final BigInteger numberedList;

    private WordPages(XWPFDocument document) {
        this.document = document;
        XWPFNumbering numbering = document.createNumbering();
        this.bulletList = numbering.addAbstractNum(new XWPFAbstractNum(list(0, "bullet", "•"), numbering));
        this.numberedList = numbering.addAbstractNum(new XWPFAbstractNum(list(1, "decimal", "%1."), numbering));
    }

    /**
     * Sets up a new, empty document: page, styles, lists and the footer.
     *
     * @param footer what the footer says before the page number, e.g. the document's title
     */
    public static WordPages a4(XWPFDocument document, String footer) {
        styles(document);
        page(document);
        pageNumbers(document, footer);
        return new WordPages(document);
    }

    public XWPFParagraph heading1(String text) {
        return styled(HEADING_1, text);
    }

    public XWPFParagraph heading2(String text) {
        return styled(HEADING_2, text);
    }

    /** A new bulleted list; each paragraph given its id is one point. */
    public BigInteger newBulletList() {
        return document.getNumbering().addNum(bulletList);
    }

    /** A new numbered list, starting again from 1. */
    public BigInteger newNumberedList() {
        XWPFNumbering numbering = document.getNumbering();
        CTNum num = CTNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getNums().size() + 1L);
        num.setNumId(id);
        num.addNewAbstractNumId().setVal(numberedList);
        CTNumLvl restart = num.addNewLvlOverride();
        restart.setIlvl(BigInteger.ZERO);
        restart.addNewStartOverride().setVal(BigInteger.ONE);
        return numbering.addNum(new XWPFNum(num, numbering));
    }

    private XWPFParagraph styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "Title · Page 3 of 5", the numbers as PAGE and NUMPAGES fields the word processor fills in. */
    private static void pageNumbers(XWPFDocument document, String text) {
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        footerRun(paragraph, (text == null || text.isBlank() ? "" : text + " · ") + "Page ");
        field(paragraph, "PAGE");
        footerRun(paragraph, " of ");
        field(paragraph, "NUMPAGES");
    }

    private static void footerRun(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily("Arial");
        run.setFontSize(9);
        run.setColor("4C6272");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        var run = field.addNewR();
        var properties = run.addNewRPr();
        properties.addNewRFonts().setAscii("Arial");
        properties.addNewSz().setVal(BigInteger.valueOf(18));
        run.addNewT().setStringValue("1");
    }

    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        add(styles, "<w:style " + W + " w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:after=\"80\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:rPr>" + FONT + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr>"
                + "</w:style>");
        add(styles, heading(HEADING_1, "heading 1", 0, 36, 480, 160));
        add(styles, heading(HEADING_2, "heading 2", 1, 28, 320, 100));
        add(styles, "<w:style " + W + " w:type=\"paragraph\" w:styleId=\"ListParagraph\">"
                + "<w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/>"
                + "<w:qFormat/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr></w:style>");
    }

    private static String heading(String id, String name, int level, int halfPoints, int before, int after) {
        return "<w:style " + W + " w:type=\"paragraph\" w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after
                + "\"/><w:outlineLvl w:val=\"" + level + "\"/></w:pPr>"
                + "<w:rPr>" + FONT + "<w:b/><w:bCs/><w:color w:val=\"005EB8\"/><w:sz w:val=\"" + halfPoints
                + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static void add(XWPFStyles styles, String xml) {
        try {
            // parsed as a whole styles part: a type's own Factory would take the element as its content
            CTStyle style = StylesDocument.Factory.parse("<w:styles " + W + ">" + xml + "</w:styles>").getStyles()
                    .getStyleArray(0);
            styles.addStyle(new XWPFStyle(style, styles));
        } catch (XmlException e) {
            throw new IllegalStateException("A built-in style does not parse", e);
        }
    }

    private static CTAbstractNum list(int id, String format, String text) {
        String xml = "<w:abstractNum " + W + " w:abstractNumId=\"" + id + "\">"
                + "<w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr>"
                + ("bullet".equals(format) ? "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr>" : "")
                + "</w:lvl></w:abstractNum>";
        try {
            return NumberingDocument.Factory.parse("<w:numbering " + W + ">" + xml + "</w:numbering>")
                    .getNumbering().getAbstractNumArray(0);
        } catch (XmlException e) {
            throw new IllegalStateException("A built-in list does not parse", e);
        }
    }
}
