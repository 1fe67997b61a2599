package org.selene.batch.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The four GeoNames files, from a directory (GEONAMES_DIR) or the copy bundled with the build. */
final class GeonamesSource {

    static final String BUNDLED = "selene-data/geonames/";

    private final Path directory;

    /** The job parameter wins over GEONAMES_DIR; neither means the bundled copy. */
    static GeonamesSource of(String parameter, java.util.Optional<String> configured) {
        return new GeonamesSource(parameter != null && !parameter.isBlank() ? parameter : configured.filter(d -> !d.isBlank()).orElse(null));
    }

    GeonamesSource(String directory) {
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory);
    }

    String describe() {
        return directory == null ? "bundled GeoNames data" : directory.toString();
    }

    private InputStream open(String name) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(name));
        }
        InputStream in = GeonamesSource.class.getClassLoader().getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IOException("bundled GeoNames file missing: " + name);
        }
        return in;
    }

    /** Tab-separated rows of a text file, comment lines (#) skipped. */
    List<String[]> rows(String name) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }

    /** cities500.txt inside cities500.zip, line by line. */
    BufferedReader cities() throws IOException {
        ZipInputStream zip = new ZipInputStream(open("cities500.zip"), StandardCharsets.UTF_8);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().endsWith("cities500.txt")) {
                return new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            }
        }
        zip.close();
        throw new IOException("cities500.txt not found in cities500.zip");
    }
}
