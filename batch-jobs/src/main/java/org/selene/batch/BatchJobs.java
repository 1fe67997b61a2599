package org.selene.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/** Starts, restarts and lists the application's Jakarta Batch jobs through the platform's JobOperator. */
@Stateless
public class BatchJobs {

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters == null ? new Properties() : parameters);
    }

    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters == null ? new Properties() : parameters);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    /** Every execution of every job this application knows, newest first. */
    public List<JobExecution> executions() {
        JobOperator operator = operator();
        List<JobExecution> all = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            int count = operator.getJobInstanceCount(job);
            operator.getJobInstances(job, 0, count).forEach(instance -> all.addAll(operator.getJobExecutions(instance)));
        }
        all.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return all;
    }
}
