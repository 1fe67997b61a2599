package org.selene.asadmin;

import org.glassfish.api.ActionReport;
import org.glassfish.api.Param;
import org.glassfish.api.admin.AdminCommand;
import org.glassfish.api.admin.AdminCommandContext;
import org.glassfish.hk2.api.PerLookup;
import org.jvnet.hk2.annotations.Service;

/**
 * {@code asadmin verify-account-email <address>}: the operator vouches for an account's address,
 * for a server without mail, where no verification link can reach anyone. The admin role needs a
 * verified address; whoever can run asadmin against the server is its operator already.
 */
@Service(name = "verify-account-email")
@PerLookup
public class VerifyAccountEmail implements AdminCommand {

    /** org.selene.domain.account.AsadminAccounts.JNDI */
    static final String ACCOUNTS = "java:global/selene/ejb-domain/AsadminAccounts";

    @Param(primary = true, name = "address")
    String address;

    @Override
    public void execute(AdminCommandContext context) {
        ActionReport report = context.getActionReport();
        ApplicationEjb.call(report, "not verified", ACCOUNTS, "verify", new Class<?>[]{String.class}, address).ifPresent(account -> {
            report.setMessage("Verified the address of account " + account);
            report.setActionExitCode(ActionReport.ExitCode.SUCCESS);
        });
    }
}
