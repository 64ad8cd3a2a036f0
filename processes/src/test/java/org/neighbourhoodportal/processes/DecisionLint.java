package org.neighbourhoodportal.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The house rules for decision tables in {@code decisions/}, as checks that each return the problems they found
 * (empty when the file is fine), so {@link DecisionLintTests} can run them on the real tables and on tables broken on
 * purpose.
 *
 * <p>The constants class of a decision is {@code org.neighbourhoodportal.processes.<decision id>}, with {@code KEY}
 * (the decision id), {@code RESOURCE} ({@code decisions/<file>.dmn}), {@code IN_} fields naming its input variables
 * and {@code OUT_} fields naming its outputs.
 */
final class DecisionLint {

    static final Path DECISIONS_DIR = Path.of("decisions");

    /** Ids the Modeler's DMN editor generates: {@code Decision_0x9fk2a}, {@code DecisionRule_1b2c3d4}, … */
    static final Pattern MODELLER_DEFAULT_ID = Pattern.compile(
            "^(Definitions|Decision|DecisionTable|DecisionRule|Rule|Input|InputClause|InputExpression|Output"
                    + "|OutputClause|UnaryTests|LiteralExpression|InputData|KnowledgeSource|BusinessKnowledgeModel"
                    + "|DMNDiagram|DMNShape|DMNEdge|InformationRequirement|AuthorityRequirement)"
                    + "_([0-9a-z]{7}|[0-9]+)$");

    private DecisionLint() {
    }

    static List<Path> decisionFiles() {
        try (Stream<Path> files = Files.walk(DECISIONS_DIR)) {
            return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DmnModelInstance read(Path file) {
        return Dmn.readModelFromFile(file.toFile());
    }

    /** Every decision, table, input, output and rule has a meaningful id; decisions have a name and a description. */
    static List<String> checkIds(DmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Class<? extends ModelElementInstance> type : List.of(Definitions.class, Decision.class,
                DecisionTable.class, Input.class, Output.class, Rule.class)) {
            for (ModelElementInstance element : model.getModelElementsByType(type)) {
                String id = element.getAttributeValue("id");
                if (id == null || MODELLER_DEFAULT_ID.matcher(id).matches()) {
                    problems.add(type.getSimpleName() + " '" + id + "': give it a meaningful id, e.g. "
                            + type.getSimpleName() + "_CoreSeatWithNobody");
                }
            }
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getName() == null || decision.getName().isBlank()) {
                problems.add(decision.getId() + ": no name (the name is what the record's history shows)");
            }
            if (decision.getDescription() == null || decision.getDescription().getTextContent().isBlank()) {
                problems.add(decision.getId() + ": no description saying when it is asked and what it decides");
            }
        }
        return problems;
    }

    /**
     * Every decision is a table with its hit policy written in the file (the DMN default, UNIQUE, is easy to miss),
     * every input and output is typed, every output is named, and the decision keeps its history for a limited time.
     */
    static List<String> checkTables(DmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String id = decision.getId();
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(id + ": no camunda:historyTimeToLive");
            }
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                problems.add(id + ": not a decision table (only tables are supported)");
                continue;
            }
            for (Input input : table.getInputs()) {
                String typeRef = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
                if (typeRef == null || typeRef.isBlank()) {
                    problems.add(id + ", input '" + label(input.getLabel(), input.getId()) + "': no type");
                }
            }
            for (Output output : table.getOutputs()) {
                if (output.getTypeRef() == null || output.getTypeRef().isBlank()) {
                    problems.add(id + ", output '" + label(output.getLabel(), output.getId()) + "': no type");
                }
                if (output.getName() == null || output.getName().isBlank()) {
                    problems.add(id + ", output '" + label(output.getLabel(), output.getId()) + "': no name");
                }
            }
            if (table.getRules().isEmpty()) {
                problems.add(id + ": no rules");
            }
        }
        return problems;
    }

    /** The constants class names the decision's id, and every {@code IN_} and {@code OUT_} constant is in the table. */
    static List<String> checkConstants(DmnModelInstance model, Class<?> constants) {
        List<String> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (constants == null) {
                problems.add(decision.getId() + ": no constants class " + ModelLint.CONSTANTS_PACKAGE + "."
                        + decision.getId());
                continue;
            }
            if (!decision.getId().equals(ModelLint.stringConstant(constants, "KEY"))) {
                problems.add(constants.getSimpleName() + ".KEY is not " + decision.getId());
            }
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            List<String> inputs = table.getInputs().stream()
                    .map(input -> input.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "inputVariable"))
                    .toList();
            List<String> inputTexts = table.getInputs().stream()
                    .map(input -> input.getInputExpression().getText() == null ? ""
                            : input.getInputExpression().getText().getTextContent())
                    .toList();
            List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
            for (var field : constants.getDeclaredFields()) {
                String value = ModelLint.stringConstant(constants, field.getName());
                if (value == null) {
                    continue;
                }
                if (field.getName().startsWith("IN_") && !inputs.contains(value) && !inputTexts.contains(value)) {
                    problems.add(constants.getSimpleName() + "." + field.getName() + " = " + value
                            + ": no input of " + decision.getId() + " reads it");
                }
                if (field.getName().startsWith("OUT_") && !outputs.contains(value)) {
                    problems.add(constants.getSimpleName() + "." + field.getName() + " = " + value
                            + ": no output of " + decision.getId() + " has that name");
                }
            }
        }
        return problems;
    }

    /**
     * Every decision table states its hit policy in the file. Read from the file's text, because the model API fills
     * in the schema's default (UNIQUE), which is exactly what a careless table relies on without saying.
     */
    static List<String> checkHitPolicies(String xml) {
        List<String> problems = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList tables = document.getElementsByTagNameNS("*", "decisionTable");
            for (int i = 0; i < tables.getLength(); i++) {
                Element table = (Element) tables.item(i);
                if (!table.hasAttribute("hitPolicy")) {
                    String decision = ((Element) table.getParentNode()).getAttribute("id");
                    problems.add(decision + ": the hit policy is not stated (write UNIQUE, FIRST, COLLECT, … "
                            + "explicitly)");
                }
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            problems.add("not readable XML: " + e.getMessage());
        }
        return problems;
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Class<?> constantsOf(String decisionId) {
        try {
            return Class.forName(ModelLint.CONSTANTS_PACKAGE + "." + decisionId);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String label(String label, String id) {
        return label == null || label.isBlank() ? id : label;
    }
}
