package org.selene.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The operator's fence around the imports' inputs: SELENE_IMPORT_DIR (default
 * {@code <SELENE_DATA_DIR>/import}), SELENE_IMPORT_URL_ALLOW (comma-separated host names or URL
 * prefixes, none by default) and GEONAMES_DIR, which is the operator's own and so allowed.
 */
@ApplicationScoped
public class ImportSources {

    @Inject
    @ConfigProperty(name = "SELENE_DATA_DIR", defaultValue = "/var/lib/selene-ee")
    String dataDir;

    @Inject
    @ConfigProperty(name = "SELENE_IMPORT_DIR")
    Optional<String> importDir;

    @Inject
    @ConfigProperty(name = "SELENE_IMPORT_URL_ALLOW")
    Optional<String> urlAllow;

    @Inject
    @ConfigProperty(name = "GEONAMES_DIR")
    Optional<String> geonamesDir;

    /** Read per call: a directory created or a link changed after start-up counts. */
    private ImportFence fence() {
        Path dir = importDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir, "import"));
        return new ImportFence(dir, geonamesDir.filter(d -> !d.isBlank()).map(Path::of).stream().toList(),
                urlAllow.map(s -> Arrays.asList(s.split(","))).orElse(List.of()));
    }

    /**
     * The parameters with each input a job reads (skill-import's {@code source}, geography-import's
     * {@code geonamesDir}, personal-backend-import's {@code personalBackendDir}) replaced by its real path; one outside the fence → 400 naming it.
     */
    public Properties check(Properties parameters) {
        Properties checked = new Properties();
        checked.putAll(parameters);
        ImportFence fence = fence();
        String source = parameters.getProperty("source");
        if (source != null && !source.isBlank()) {
            checked.setProperty("source", fence.pathOrUrl("source", source.strip()));
        }
        for (String directory : List.of("geonamesDir", "personalBackendDir")) {
            String value = parameters.getProperty(directory);
            if (value != null && !value.isBlank()) {
                checked.setProperty(directory, fence.path(directory, value.strip()));
            }
        }
        return checked;
    }

    /** For each redirect of a download. */
    public boolean allowsUrl(String url) {
        return fence().allows(url);
    }
}
