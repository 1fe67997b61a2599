package org.selene.batch;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.selene.domain.shared.DomainException;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Starts and restarts the application's Jakarta Batch jobs through the platform's JobOperator; lists them from the shared job repository. */
@Stateless
public class BatchJobs {

    /** The jobs of META-INF/batch-jobs (the JobOperator only names jobs that have run). */
    public static final Set<String> JOBS = new TreeSet<>(Set.of("geography-import", "skill-import", "core-metrics-parse",
            "wake-word-designation", "wake-word-deletion", "daily-report", "retention", "personal-backend-import"));

    /** An execution as an operator wants to see it: status, times, and per step the read/write counts. */
    /** @param latest whether this is the latest execution of its job instance, the only one that may be restarted */
    public record ExecutionView(long executionId, String jobName, String batchStatus, String exitStatus, Date start, Date end,
                                Properties parameters, boolean latest, List<StepView> steps) {

        /** Failed or stopped, and not restarted since. */
        public boolean restartable() {
            return latest && (batchStatus.equals(BatchStatus.FAILED.name()) || batchStatus.equals(BatchStatus.STOPPED.name()));
        }

        public long count(Metric.MetricType type) {
            return steps.stream().mapToLong(s -> s.metrics().getOrDefault(type, 0L)).sum();
        }
    }

    public record StepView(String name, String batchStatus, String exitStatus, Date start, Date end, Map<Metric.MetricType, Long> metrics) {
    }

    @Inject
    ImportSources sources;

    @Inject
    BatchNode node;

    @Inject
    ExecutionHistory history;

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** A parameter naming an input outside the operator's fence (ImportSources) → 400, nothing started. */
    public long start(String jobName, Properties parameters) {
        if (!JOBS.contains(jobName)) {
            throw DomainException.notFound("no job " + jobName + "; the jobs are " + JOBS);
        }
        try {
            long executionId = operator().start(jobName, sources.check(parameters == null ? new Properties() : parameters));
            node.own(executionId);
            return executionId;
        } catch (JobStartException e) {
            throw DomainException.badRequest("job " + jobName + " did not start: " + e.getMessage());
        }
    }

    /**
     * Restarts a failed or stopped execution (the latest of its job instance), from its last
     * checkpoint. Payara's JBatch would also restart one still STARTED, running here or on another
     * node, and so run it twice: refused. One left STARTED by a dead node is FAILED by ExecutionRecovery.
     * The restart runs with the execution's own parameters, those given replacing theirs by name
     * (JBatch would run it with only the given ones: a restart without parameters lost its source).
     */
    public long restart(long executionId, Properties parameters) {
        try {
            ExecutionHistory.Found found = history.execution(executionId).orElseThrow(() -> DomainException.notFound("no job execution " + executionId));
            if (!found.view().restartable()) {
                throw DomainException.conflict("execution " + executionId + " is " + found.view().batchStatus()
                        + (found.view().latest() ? "" : " and was restarted since") + "; only the latest execution of a failed or stopped job can be restarted");
            }
            Properties merged = new Properties();
            merged.putAll(found.view().parameters());
            if (parameters != null) {
                merged.putAll(parameters);
            }
            Properties checked = sources.check(merged);
            long restarted = operator().restart(executionId, checked);
            node.own(restarted);
            return restarted;
        } catch (NoSuchJobExecutionException e) {
            throw DomainException.notFound("no job execution " + executionId);
        } catch (JobSecurityException e) {
            // Payara restarts a job instance only on a node of the configuration that started it
            throw DomainException.conflict("execution " + executionId + " was run by the node configuration '" + configuration(executionId)
                    + "'; restart it on a node of that configuration");
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            throw DomainException.conflict("execution " + executionId + " cannot be restarted (only the latest execution of a failed or stopped job can)");
        }
    }

    public ExecutionView execution(long executionId) {
        return history.execution(executionId).map(ExecutionHistory.Found::view)
                .orElseThrow(() -> DomainException.notFound("no job execution " + executionId));
    }

    /** The newest executions of every job this application knows (at most {@code newest}), newest first, whichever node ran them. */
    public List<ExecutionView> executions(int newest) {
        return history.executions(JOBS, newest);
    }

    private String configuration(long executionId) {
        return history.execution(executionId).map(ExecutionHistory.Found::tag).map(tag -> tag.split(":", 2)[0]).orElse("?");
    }
}
