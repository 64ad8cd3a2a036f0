package org.neighbourhoodportal.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.FormDefinitionException;
import org.neighbourhoodportal.forms.FormReader;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.FormValidator;
import org.neighbourhoodportal.forms.Option;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms in {@code forms/}, read once and kept. Start forms (a feature's "new record" page) and task forms are
 * validated the same way, on the server, against the rules the form file declares.
 *
 * <p><b>Checked at start-up.</b> Every form on the classpath is read when the portal starts; a form the portal could
 * not show or check stops it, naming the file and the field ({@link UnusableFormException}, reported by
 * {@link FormFailureAnalyzer}), instead of failing when someone opens the task.
 *
 * <p><b>Versioned with the process.</b> The {@code .form} files are deployed to the engine in the same deployment as
 * the models (docs/adr/0013). A task's form is read from the deployment of the process definition its instance runs
 * on, so an instance started on an old model keeps the form it started with. Deployments never change, so each of
 * their forms is read once.
 */
@Component
public class FormCatalogue implements InitializingBean {

    /** Where the forms are on the classpath, and so what the engine deploys with the models. */
    static final String FORMS_ON_THE_CLASSPATH = "classpath*:" + FormReader.CLASSPATH_FOLDER + "*" + FormReader.FILE_SUFFIX;

    private final FormReader reader = new FormReader();
    private final FormValidator validator = new FormValidator();
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();
    private final Map<String, Optional<FormDefinition>> deployed = new ConcurrentHashMap<>();
    private final RepositoryService repository;

    FormCatalogue(RepositoryService repository) {
        this.repository = repository;
    }

    /** Reads every form on the classpath, so a form the portal cannot use stops it from starting. */
    @Override
    public void afterPropertiesSet() {
        checkEveryForm();
    }

    /**
     * Reads every {@code forms/*.form} on the classpath.
     *
     * @return the form keys read
     * @throws UnusableFormException naming the file and what is wrong with it, for the first form that cannot be used
     */
    List<String> checkEveryForm() {
        return checkEveryForm(formFiles());
    }

    /** {@link #checkEveryForm()} for these files (a test gives it a broken one). */
    List<String> checkEveryForm(Resource[] files) {
        List<String> keys = new ArrayList<>();
        for (Resource file : files) {
            String name = file.getFilename();
            String formKey = name.substring(0, name.length() - FormReader.FILE_SUFFIX.length());
            try (InputStream in = file.getInputStream()) {
                forms.put(formKey, reader.read(formKey, in));
            } catch (FormDefinitionException e) {
                throw new UnusableFormException(sourceFile(formKey), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
            keys.add(formKey);
        }
        return keys;
    }

    /** The newest version of a form: the one in the portal's own files. Start forms always use this one. */
    public FormDefinition form(String formKey) {
        return forms.computeIfAbsent(formKey, reader::load);
    }

    /**
     * The version of a form deployed with this process definition, so that a task shows the form its instance started
     * with. A definition deployed before forms were deployed with the models has none: it gets the newest version.
     *
     * @param processDefinitionId the engine's id of the definition the task's instance runs on
     */
    public FormDefinition form(String formKey, String processDefinitionId) {
        if (processDefinitionId == null) {
            return form(formKey);
        }
        ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
        String deploymentId = definition.getDeploymentId();
        return deployed.computeIfAbsent(deploymentId + "/" + formKey, k -> readDeployed(deploymentId, formKey))
                .orElseGet(() -> form(formKey));
    }

    /** The version number of the process definition, which is the version of the forms deployed with it. */
    int version(String processDefinitionId) {
        return processDefinitionId == null ? 0 : repository.getProcessDefinition(processDefinitionId).getVersion();
    }

    /** Validates a start form (the newest version) against what was entered. */
    public FormSubmission validate(String formKey, Map<String, Object> raw, Map<String, List<Option>> options) {
        return validate(form(formKey), raw, options);
    }

    /** Validates what was entered against this version of a form. */
    public FormSubmission validate(FormDefinition form, Map<String, Object> raw, Map<String, List<Option>> options) {
        return validator.validate(form, raw, options);
    }

    private Optional<FormDefinition> readDeployed(String deploymentId, String formKey) {
        String fileName = formKey + FormReader.FILE_SUFFIX;
        // Spring's auto-deployment names a resource by its path on disk, or by its bare file name inside a jar.
        Optional<String> resource = repository.getDeploymentResourceNames(deploymentId).stream()
                .filter(name -> name.equals(fileName) || name.endsWith("/" + fileName) || name.endsWith("\\" + fileName))
                .findFirst();
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource.get())) {
            return Optional.of(reader.read(formKey, in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource.get() + " from deployment " + deploymentId, e);
        }
    }

    private static Resource[] formFiles() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(FORMS_ON_THE_CLASSPATH);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the forms", e);
        }
    }

    /** Where an analyst finds the file: forms are edited in {@code forms/definitions/}. */
    static String sourceFile(String formKey) {
        return "forms/definitions/" + formKey + FormReader.FILE_SUFFIX;
    }
}
