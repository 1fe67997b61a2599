package org.selene.domain.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One run of a batch job (metric.job); written once the job has ended. */
@Entity
@Table(schema = "metric", name = "job")
public class JobRun {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "job_name", nullable = false, updatable = false)
    private String jobName;
    /** The date the job worked on (its --date), not the day it ran. */
    @Column(name = "batch_date", nullable = false, updatable = false)
    private LocalDate batchDate;
    @Column(name = "start_ts", nullable = false, updatable = false)
    private LocalDateTime started;
    @Column(name = "end_ts", nullable = false, updatable = false)
    private LocalDateTime ended;
    /** How the job was started (Selene: its command line). */
    @Column(name = "command", nullable = false, updatable = false)
    private String command;
    @Column(name = "success", nullable = false, updatable = false)
    private boolean success;

    protected JobRun() {
    }

    public JobRun(String jobName, LocalDate batchDate, LocalDateTime started, LocalDateTime ended, String command, boolean success) {
        this.id = UUID.randomUUID();
        this.jobName = jobName;
        this.batchDate = batchDate;
        this.started = started;
        this.ended = ended;
        this.command = command;
        this.success = success;
    }

    public UUID getId() { return id; }
    public String getJobName() { return jobName; }
    public LocalDate getBatchDate() { return batchDate; }
    public LocalDateTime getStarted() { return started; }
    public LocalDateTime getEnded() { return ended; }
    public String getCommand() { return command; }
    public boolean isSuccess() { return success; }
}
