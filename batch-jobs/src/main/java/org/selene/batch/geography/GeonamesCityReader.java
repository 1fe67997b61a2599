package org.selene.batch.geography;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.Serializable;
import java.util.Optional;

/**
 * The rows of cities500.txt as COPY lines of the city_import layout. The checkpoint is the line
 * number, so a restart skips what earlier chunks already committed.
 */
@Named("geonamesCityReader")
@Dependent
public class GeonamesCityReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String geonamesDir;

    @Inject
    @ConfigProperty(name = "GEONAMES_DIR")
    Optional<String> configuredDir;

    private BufferedReader cities;
    private long line;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        cities = GeonamesSource.of(geonamesDir, configuredDir).cities();
        long committed = checkpoint instanceof Long l ? l : 0;
        for (; line < committed && cities.readLine() != null; line++) {
            // skipping rows that earlier chunks wrote
        }
    }

    @Override
    public Object readItem() throws Exception {
        String row;
        while ((row = cities.readLine()) != null) {
            line++;
            String[] r = row.split("\t", -1);
            if (r.length >= 18) {
                return copyLine(r);
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return line;
    }

    @Override
    public void close() throws Exception {
        if (cities != null) {
            cities.close();
        }
    }

    /** Selene's mapping (docs/data-model.md §9.2) in PostgreSQL's COPY text format. */
    static String copyLine(String[] r) {
        return r[0] + '\t' + copyText(r[1]) + '\t' + r[4] + '\t' + r[5] + '\t' + (r[14].isEmpty() ? "\\N" : r[14]) + '\t'
                + copyText(r[8] + "." + r[10]) + '\t' + copyText(r[17]) + '\n';
    }

    /** PostgreSQL COPY text format: backslash, tab and newline must be escaped. */
    static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
