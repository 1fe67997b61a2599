package org.selene.asadmin;

import org.glassfish.api.ActionReport;
import org.glassfish.api.Param;
import org.glassfish.api.admin.AdminCommand;
import org.glassfish.api.admin.AdminCommandContext;
import org.glassfish.hk2.api.PerLookup;
import org.jvnet.hk2.annotations.Service;

import javax.naming.InitialContext;
import java.lang.reflect.InvocationTargetException;
import java.util.Properties;

/**
 * {@code asadmin start-batch-job [--properties name=value:name=value] <job>}: starts one of the
 * application's batch jobs, as the admin REST resource does, and prints the execution id (then
 * {@code asadmin list-batch-job-executions} shows it). The command lives in the server, outside the
 * application's class loader, so it reaches the application's AsadminJobs EJB by its global JNDI
 * name and calls it with JDK types only.
 */
@Service(name = "start-batch-job")
@PerLookup
public class StartBatchJob implements AdminCommand {

    /** org.selene.batch.AsadminJobs.JNDI */
    static final String JOBS = "java:global/selene/batch-jobs/AsadminJobs";

    @Param(primary = true, name = "jobname")
    String jobName;

    @Param(optional = true, separator = ':')
    Properties properties;

    @Override
    public void execute(AdminCommandContext context) {
        ActionReport report = context.getActionReport();
        try {
            Object jobs = new InitialContext().lookup(JOBS);
            Object execution = jobs.getClass().getMethod("start", String.class, Properties.class)
                    .invoke(jobs, jobName, properties == null ? new Properties() : properties);
            report.setMessage("Started " + jobName + " as execution " + execution);
            report.setActionExitCode(ActionReport.ExitCode.SUCCESS);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            report.setMessage(jobName + " did not start: " + cause.getMessage());
            report.setActionExitCode(ActionReport.ExitCode.FAILURE);
        } catch (Exception e) {
            report.setMessage(jobName + " did not start: the application is not deployed or not ready (" + e + ")");
            report.setActionExitCode(ActionReport.ExitCode.FAILURE);
        }
    }
}
