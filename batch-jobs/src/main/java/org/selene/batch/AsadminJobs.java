package org.selene.batch;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * What the server's {@code asadmin start-batch-job} command (module asadmin-batch) calls: a
 * no-interface EJB under a fixed global JNDI name, taking and returning JDK types only, because the
 * command is loaded by the server, not by this application.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsadminJobs {

    public static final String JNDI = "java:global/selene/batch-jobs/AsadminJobs";

    @Inject
    BatchJobs jobs;

    public long start(String jobName, Properties parameters) {
        return jobs.start(jobName, parameters);
    }
}
