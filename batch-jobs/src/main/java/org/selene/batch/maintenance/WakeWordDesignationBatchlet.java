package org.selene.batch.maintenance;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Settles what the crowd said about each wake-word sample (Selene's designate_wake_word_files):
 * a tag value becomes the file's designation for that tag when it was chosen at least twice and
 * by more than 75 % of the file's tags of that kind. Already designated (file, tag) pairs are kept.
 */
@Named("wakeWordDesignationBatchlet")
@Dependent
public class WakeWordDesignationBatchlet extends AbstractBatchlet {

    @Inject
    DataSource dataSource;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int designated = s.executeUpdate("""
                    WITH votes AS (
                        SELECT t.wake_word_file_id, t.tag_id, t.tag_value_id, count(*) AS chosen,
                               sum(count(*)) OVER (PARTITION BY t.wake_word_file_id, t.tag_id) AS total
                        FROM tagging.wake_word_file_tag t
                        WHERE NOT EXISTS (SELECT 1 FROM tagging.wake_word_file_designation d
                                          WHERE d.wake_word_file_id = t.wake_word_file_id AND d.tag_id = t.tag_id)
                        GROUP BY t.wake_word_file_id, t.tag_id, t.tag_value_id)
                    INSERT INTO tagging.wake_word_file_designation (wake_word_file_id, tag_id, tag_value_id)
                    SELECT wake_word_file_id, tag_id, tag_value_id FROM votes WHERE chosen >= 2 AND chosen > 0.75 * total
                    ON CONFLICT (wake_word_file_id, tag_id) DO NOTHING""");
            String summary = "designations=" + designated;
            job.setExitStatus(summary);
            return summary;
        }
    }
}
