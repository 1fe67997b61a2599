package org.selene.batch.personal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.personal.PersonalBackendImport;

import java.nio.file.Path;

/**
 * personal-backend-import: an ovos-local-backend 0.1.5 data directory (personalBackendDir, already
 * fenced to the import directory by ImportSources) through PersonalBackendImport; the exit status
 * says what the run applied.
 */
@Named("personalBackendImportBatchlet")
@Dependent
public class PersonalBackendImportBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String personalBackendDir;

    @Inject
    PersonalBackendImport personalBackend;

    @Override
    public String process() {
        if (personalBackendDir == null || personalBackendDir.isBlank()) {
            throw new IllegalArgumentException("personalBackendDir: the ovos-local-backend data directory, under the import directory");
        }
        return personalBackend.importFrom(Path.of(personalBackendDir)).toString();
    }
}
