package org.selene.batch.maintenance;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.infrastructure.MailService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The daily account and membership report (Selene's daily_report.py) for the day before the job's
 * date, e-mailed to REPORT_EMAIL_RECIPIENT through the mail service. Without a recipient the run
 * succeeds and sends nothing; an unreachable mail server fails it (visible in metric.job).
 */
@Named("dailyReportBatchlet")
@Dependent
public class DailyReportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DailyReportBatchlet.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    @BatchProperty
    String date;

    @Inject
    @ConfigProperty(name = "REPORT_EMAIL_RECIPIENT")
    Optional<String> recipient;

    @Inject
    MailService mail;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(ZoneOffset.UTC) : BatchDate.orYesterday(date);
        MembershipReport report;
        try (Connection c = dataSource.getConnection()) {
            report = MembershipReport.compute(c, day);
        }
        String summary;
        if (recipient.filter(r -> !r.isBlank()).isEmpty()) {
            LOG.info("daily report for " + day + " computed; REPORT_EMAIL_RECIPIENT is not set, nothing sent");
            summary = "date=" + day + " sent=false";
        } else {
            mail.send(recipient.get().strip(), "Selene Daily Report - " + day, report.text(), report.html());
            summary = "date=" + day + " sent=true";
        }
        job.setExitStatus(summary);
        return summary;
    }
}
