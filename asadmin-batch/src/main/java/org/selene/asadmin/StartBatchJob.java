package org.selene.asadmin;

import org.glassfish.api.ActionReport;
import org.glassfish.api.Param;
import org.glassfish.api.admin.AdminCommand;
import org.glassfish.api.admin.AdminCommandContext;
import org.glassfish.hk2.api.PerLookup;
import org.jvnet.hk2.annotations.Service;

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
        ApplicationEjb.call(report, jobName + " did not start", JOBS, "start", new Class<?>[]{String.class, Properties.class},
                jobName, properties == null ? new Properties() : properties).ifPresent(execution -> {
            report.setMessage("Started " + jobName + " as execution " + execution);
            report.setActionExitCode(ActionReport.ExitCode.SUCCESS);
        });
    }
}
