package org.selene.pages;

import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.batch.BatchJobs;
import org.selene.domain.account.AdminRole;
import org.selene.domain.shared.DomainException;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Admin: the batch jobs, every execution with its counts, a progress bar refreshed by Ajax polling
 * while one runs, starting a job with parameters and restarting a failed or stopped execution,
 * through the same BatchJobs service as the account API's /api/admin/jobs.
 */
@Named("adminJobs")
@ViewScoped
public class AdminJobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    private static final int SHOWN = 50;

    @Inject
    BatchJobs jobs;

    @EJB
    AdminRole admins;

    @Inject
    PageCaller caller;

    private String job;
    private String parameters;
    private transient List<Row> rows;

    /** One execution as the table shows it. */
    public record Row(long id, String job, String status, String exitStatus, String start, String end, long read, long written,
                      int steps, int finishedSteps, String parameters, boolean restartable) {
        public boolean isRunning() {
            return RUNNING.contains(status);
        }

        /** Finished steps of the steps begun so far; 100 once the execution ended. */
        public int getProgress() {
            if (!isRunning()) {
                return 100;
            }
            return steps == 0 ? 0 : Math.min(99, finishedSteps * 100 / (steps + 1));
        }
    }

    public List<String> getJobNames() {
        return List.copyOf(BatchJobs.JOBS);
    }

    public List<Row> getExecutions() {
        if (rows == null) {
            admins.requireAdmin(caller.id());
            rows = jobs.executions(SHOWN).stream().map(AdminJobsPage::row).toList();
        }
        return rows;
    }

    public boolean isAnyRunning() {
        return getExecutions().stream().anyMatch(Row::isRunning);
    }

    /** The poll's refresh: the table is read again. */
    public void refresh() {
        rows = null;
    }

    public String start() {
        try {
            admins.requireAdmin(caller.id());
            long id = jobs.start(job, parse(parameters));
            Pages.flash("Started " + job + " as execution " + id + ".");
        } catch (DomainException e) {
            Pages.refused("start", e);
            return null;
        }
        return Pages.redirect("/admin/jobs.xhtml");
    }

    public String restart(long executionId) {
        try {
            admins.requireAdmin(caller.id());
            long id = jobs.restart(executionId, new Properties());
            Pages.flash("Restarted execution " + executionId + " as " + id + ".");
        } catch (DomainException e) {
            Pages.refused(null, e);
            return null;
        }
        return Pages.redirect("/admin/jobs.xhtml");
    }

    /** "date=2025-06-01, source=..." (commas or new lines between pairs). */
    static Properties parse(String text) {
        Properties out = new Properties();
        if (text == null) {
            return out;
        }
        for (String pair : text.split("[,\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw DomainException.badRequest("parameters: Write each parameter as name=value.");
            }
            out.setProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }

    private static Row row(BatchJobs.ExecutionView e) {
        int finished = (int) e.steps().stream().filter(s -> !RUNNING.contains(s.batchStatus())).count();
        return new Row(e.executionId(), e.jobName(), e.batchStatus(), e.exitStatus() == null ? "" : e.exitStatus(), time(e.start()), time(e.end()),
                e.count(Metric.MetricType.READ_COUNT), e.count(Metric.MetricType.WRITE_COUNT), e.steps().size(), finished,
                e.parameters() == null ? "" : new java.util.TreeMap<>(e.parameters()).toString(), e.restartable());
    }

    private static String time(Date value) {
        return value == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(value.toInstant().atOffset(ZoneOffset.UTC)) + " UTC";
    }

    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public String getParameters() { return parameters; }
    public void setParameters(String parameters) { this.parameters = parameters; }
}
