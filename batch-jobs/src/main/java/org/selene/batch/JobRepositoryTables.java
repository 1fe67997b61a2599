package org.selene.batch;

import jakarta.batch.runtime.BatchRuntime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the server's job repository keeps executions, read and (for a lost node's executions)
 * written with SQL by ExecutionHistory and ExecutionRecovery. Each select names its columns alike
 * (id, job, tag, batchstatus, exitstatus, starttime, endtime, parameters, createtime, updated;
 * steps: execution, id, stepname, ...) so that the code above it is one.
 *
 * @param executions executions with their job name, instance tag (the configuration that may operate on it) and
 *                   whether each is the latest of its job instance
 * @param steps      step executions with the eight metrics of Jakarta Batch
 * @param table      the execution table, for the FAILED update
 * @param stepTable  the step table, for the same
 * @param idColumn   the execution id's column, in both tables
 * @param updatedColumn the execution's last-changed column
 * @param clock      SQL for "now" in the repository's own clock (its timestamps differ by server)
 * @param serializedParameters whether parameters are a serialized Properties (else its text format)
 */
record JobRepositoryTables(String executions, String steps, String table, String stepTable, String idColumn,
                           String updatedColumn, String clock, boolean serializedParameters) {

    /**
     * Payara's JBatch, in the application's database (public schema). Its timestamps are the
     * JVM's local time, hence localtimestamp; each instance is tagged with its node configuration.
     */
    static final JobRepositoryTables JBATCH = new JobRepositoryTables(
            "SELECT e.jobexecid AS id, j.name AS job, j.apptag AS tag, e.batchstatus, e.exitstatus, e.starttime, e.endtime, "
                    + "e.parameters, e.createtime, e.updatetime AS updated, "
                    + "e.jobexecid = (SELECT max(l.jobexecid) FROM public.executioninstancedata l WHERE l.jobinstanceid = e.jobinstanceid) AS latest "
                    + "FROM public.executioninstancedata e "
                    + "JOIN public.jobinstancedata j ON j.jobinstanceid = e.jobinstanceid",
            "SELECT jobexecid AS execution, stepexecid AS id, stepname, batchstatus, exitstatus, starttime, endtime, readcount, writecount, "
                    + "commitcount, rollbackcount, readskipcount, processskipcount, filtercount, writeskipcount FROM public.stepexecutioninstancedata",
            "public.executioninstancedata", "public.stepexecutioninstancedata", "jobexecid", "updatetime", "localtimestamp", true);

    /**
     * WildFly's JBeret, in schema jberet (docs/wildfly.md: its tables are made at server start,
     * before Flyway would find an empty public schema). Times with zone; one repository for all nodes, no tag.
     */
    static final JobRepositoryTables JBERET = new JobRepositoryTables(
            "SELECT e.jobexecutionid AS id, j.jobname AS job, '' AS tag, e.batchstatus, e.exitstatus, e.starttime, e.endtime, "
                    + "e.jobparameters AS parameters, e.createtime, e.lastupdatedtime AS updated, "
                    + "e.jobexecutionid = (SELECT max(l.jobexecutionid) FROM jberet.job_execution l WHERE l.jobinstanceid = e.jobinstanceid) AS latest "
                    + "FROM jberet.job_execution e "
                    + "JOIN jberet.job_instance j ON j.jobinstanceid = e.jobinstanceid",
            "SELECT jobexecutionid AS execution, stepexecutionid AS id, stepname, batchstatus, exitstatus, starttime, endtime, readcount, writecount, "
                    + "commitcount, rollbackcount, readskipcount, processskipcount, filtercount, writeskipcount FROM jberet.step_execution",
            "jberet.job_execution", "jberet.step_execution", "jobexecutionid", "lastupdatedtime", "now()", false);

    /** SQL for the time since an execution {@code e} of {@link #executions} last changed. */
    String sinceUpdate() {
        return clock + " - coalesce(e.updated, e.createtime)";
    }

    private static final ObjectInputFilter PROPERTIES_ONLY = ObjectInputFilter.Config.createFilter("java.util.Properties;java.util.Hashtable;java.util.Map$Entry;java.lang.String;!*");

    /** The server's own: JBeret's JobOperator on WildFly, else Payara's JBatch. */
    static JobRepositoryTables ofThisServer() {
        return BatchRuntime.getJobOperator().getClass().getName().startsWith("org.jberet") ? JBERET : JBATCH;
    }

    /** An execution's parameters: JBatch stores a serialized Properties, JBeret the Properties text format; nothing else is read from them. */
    Properties parameters(ResultSet rs) throws SQLException {
        return serializedParameters ? fromSerialized(rs.getBytes("parameters")) : fromText(rs.getString("parameters"));
    }

    static Properties fromSerialized(byte[] serialized) {
        if (serialized == null) {
            return new Properties();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            in.setObjectInputFilter(PROPERTIES_ONLY);
            return (Properties) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Properties fromText(String text) {
        Properties properties = new Properties();
        if (text != null) {
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
