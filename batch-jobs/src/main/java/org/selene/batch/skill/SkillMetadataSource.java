package org.selene.batch.skill;

import jakarta.json.JsonObject;
import org.selene.domain.shared.JsonText;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.shared.DbLabel;
import org.selene.domain.skill.CoreVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the skill import reads skill-metadata.json from: a file or an http(s) URL for one core
 * release (already checked against the operator's fence, see ImportSources), or by default the
 * snapshots bundled with the build (one per release).
 */
final class SkillMetadataSource {

    private static final Logger LOG = Logger.getLogger(SkillMetadataSource.class.getName());
    static final String BUNDLED = "selene-data/skills/";
    private static final int MAX_REDIRECTS = 5;
    static final List<CoreVersion> BUNDLED_VERSIONS = List.of(CoreVersion.V20_08, CoreVersion.V21_02);
    /** "skill-metadata-21.02.json", or the release branch in a URL: ".../mycroft-skills-data/21.02/skill-metadata.json". */
    private static final Pattern VERSION_IN_SOURCE = Pattern.compile("(?<![\\d.])(\\d\\d\\.\\d\\d)(?!\\d)");

    private SkillMetadataSource() {
    }

    /** Every importable entry, in a stable order (so a checkpoint index means the same entry on restart). */
    static List<CatalogueItem> read(String source, String coreVersion, Predicate<String> allowedUrl) throws IOException {
        List<CatalogueItem> items = new ArrayList<>();
        if (source == null || source.isBlank()) {
            for (CoreVersion version : BUNDLED_VERSIONS) {
                String name = BUNDLED + "skill-metadata-" + version.label() + ".json";
                InputStream in = SkillMetadataSource.class.getClassLoader().getResourceAsStream(name);
                if (in == null) {
                    throw new IOException("bundled catalogue missing: " + name);
                }
                items.addAll(entries(version, in));
            }
            return items;
        }
        CoreVersion version = version(source, coreVersion);
        try (InputStream in = open(source.strip(), allowedUrl)) {
            items.addAll(entries(version, in));
        }
        return items;
    }

    static CoreVersion version(String source, String coreVersion) {
        String label = coreVersion;
        if (label == null || label.isBlank()) {
            Matcher m = VERSION_IN_SOURCE.matcher(source.strip());
            while (m.find()) {
                label = m.group(1);
            }
            if (label == null) {
                throw new IllegalArgumentException("coreVersion is required when the source does not name the release: " + source);
            }
        }
        return DbLabel.fromLabel(CoreVersion.class, label.strip());
    }

    private static InputStream open(String source, Predicate<String> allowedUrl) throws IOException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return download(URI.create(source), allowedUrl);
        }
        Path path = source.startsWith("file:") ? Path.of(URI.create(source)) : Path.of(source);
        return Files.newInputStream(path);
    }

    /** Redirects are followed only to URLs the allow-list admits too. */
    private static InputStream download(URI url, Predicate<String> allowedUrl) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        URI current = url;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(current).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                response.body().close();
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    throw new IOException("skill metadata download answered " + response.statusCode());
                }
                current = current.resolve(location.get());
                if (!allowedUrl.test(current.toString())) {
                    throw new IOException("skill metadata download redirected to a URL not on SELENE_IMPORT_URL_ALLOW");
                }
            }
            throw new IOException("skill metadata download redirected more than " + MAX_REDIRECTS + " times");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** skill-metadata.json is an object keyed by skill name; entries without a skill_gid cannot be stored and are skipped. */
    static List<CatalogueItem> entries(CoreVersion version, InputStream in) {
        List<CatalogueItem> items = new ArrayList<>();
        {
            JsonValue root = JsonText.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!(root instanceof JsonObject catalogue)) {
                throw new IllegalArgumentException("skill-metadata.json must be a JSON object keyed by skill name");
            }
            catalogue.forEach((name, value) -> {
                if (value instanceof JsonObject entry && entry.get("skill_gid") instanceof JsonString gid && !gid.getString().isBlank()) {
                    items.add(new CatalogueItem(version, entry));
                } else {
                    LOG.warning("skill catalogue " + version.label() + ": entry " + name + " has no skill_gid, skipped");
                }
            });
        }
        return items;
    }
}
