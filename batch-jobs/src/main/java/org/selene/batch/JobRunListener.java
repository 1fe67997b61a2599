package org.selene.batch;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Records every run of a job in metric.job as Selene's scripts did (job name, start, end, the
 * "command" = job name and parameters, success). Listed in each job's XML.
 */
@Named("jobRunListener")
@Dependent
public class JobRunListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    JobRunRecorder runs;

    @Inject
    BatchNode node;

    private LocalDateTime start;

    @Override
    public void beforeJob() {
        start = LocalDateTime.now(ZoneOffset.UTC);
        // again here: the record made at start may be missing (see BatchNode.own)
        node.own(job.getExecutionId());
    }

    @Override
    public void afterJob() {
        // the job's own status is not final yet in afterJob; its steps' are
        List<StepExecution> steps = BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId());
        boolean success = !steps.isEmpty() && steps.stream().allMatch(s -> s.getBatchStatus() == BatchStatus.COMPLETED);
        runs.record(job.getJobName(), start, command(job.getJobName(), BatchRuntime.getJobOperator().getParameters(job.getExecutionId())), success);
    }

    static String command(String jobName, Properties parameters) {
        StringBuilder command = new StringBuilder(jobName);
        if (parameters != null) {
            new TreeMap<>(parameters).forEach((k, v) -> command.append(' ').append(k).append('=').append(v));
        }
        return command.toString();
    }
}
