package org.selene.batch.account;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.AsadminAccounts;
import org.selene.domain.shared.DomainException;

/**
 * The job verify-account-email: the operator vouches for an account's address from the server's
 * console where no command of ours exists (WildFly's CLI: start-job with the property address).
 * Not among the jobs of the admin API: an admin proves nothing about someone else's address.
 */
@Named("verifyAccountEmailBatchlet")
@Dependent
public class VerifyAccountEmailBatchlet extends AbstractBatchlet {

    @EJB
    AsadminAccounts accounts;

    @Inject
    @BatchProperty
    String address;

    @Inject
    JobContext job;

    @Override
    public String process() {
        try {
            String verified = "VERIFIED account " + accounts.verify(address == null ? "" : address);
            job.setExitStatus(verified);
            return verified;
        } catch (DomainException e) {
            // FAILED, with the reason as the exit status (the address itself is never written out)
            job.setExitStatus("NOT VERIFIED: " + e.getMessage());
            throw e;
        }
    }
}
