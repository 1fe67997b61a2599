package org.selene.batch.maintenance;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Deletes the wake-word samples marked "pending delete" (when their account was deleted): the
 * audio file under the data directory, then its tags, designation and row, one file per
 * transaction so a restart continues where a failure stopped. Empty directories are removed.
 */
@Named("wakeWordDeletionBatchlet")
@Dependent
public class WakeWordDeletionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(WakeWordDeletionBatchlet.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "SELENE_DATA_DIR", defaultValue = "/var/lib/selene-ee")
    String dataDir;

    @Inject
    JobContext job;

    private record Marked(UUID id, Path file) {
    }

    @Override
    public String process() throws Exception {
        Path root = Path.of(dataDir).toAbsolutePath().normalize();
        int deleted = 0;
        int skipped = 0;
        try (Connection c = dataSource.getConnection()) {
            List<Marked> marked = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT f.id, l.directory, f.name FROM tagging.wake_word_file f JOIN tagging.file_location l ON l.id = f.file_location_id
                    WHERE f.status = 'pending delete' ORDER BY f.account_id, f.id"""); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    marked.add(new Marked((UUID) rs.getObject(1), Path.of(rs.getString(2)).resolve(rs.getString(3)).toAbsolutePath().normalize()));
                }
            }
            c.setAutoCommit(false);
            for (Marked m : marked) {
                // only files this backend stored itself; anything else stays for an operator
                if (!m.file().startsWith(root)) {
                    LOG.warning("wake-word file " + m.id() + " is outside the data directory; not deleted");
                    skipped++;
                    continue;
                }
                for (String sql : List.of("DELETE FROM tagging.wake_word_file_designation WHERE wake_word_file_id = ?",
                        "DELETE FROM tagging.wake_word_file_tag WHERE wake_word_file_id = ?",
                        "DELETE FROM tagging.wake_word_file WHERE id = ?")) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setObject(1, m.id());
                        s.executeUpdate();
                    }
                }
                Files.deleteIfExists(m.file());
                c.commit();
                removeIfEmpty(m.file().getParent(), root);
                deleted++;
            }
        }
        String summary = "deleted=" + deleted + " skipped=" + skipped;
        job.setExitStatus(summary);
        return summary;
    }

    private static void removeIfEmpty(Path directory, Path root) {
        try {
            if (directory != null && !directory.equals(root) && Files.isDirectory(directory)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                    if (entries.iterator().hasNext()) {
                        return;
                    }
                }
                Files.delete(directory);
            }
        } catch (IOException e) {
            LOG.fine("directory not removed: " + e.getMessage());
        }
    }
}
