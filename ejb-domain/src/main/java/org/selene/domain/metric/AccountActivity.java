package org.selene.domain.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One day's account, membership and Open Dataset counters (metric.account_activity). Read and
 * created through JPA, but incremented only with SQL ({@code SET x = x + 1}): concurrent requests
 * bump the same row, and a read-modify-write through the entity would lose increments.
 */
@Entity
@Table(schema = "metric", name = "account_activity")
public class AccountActivity {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "activity_dt", nullable = false, updatable = false)
    private LocalDate activityDate;
    @Column(name = "accounts", nullable = false, updatable = false)
    private int accounts;
    @Column(name = "accounts_added", nullable = false, updatable = false)
    private int accountsAdded;
    @Column(name = "accounts_deleted", nullable = false, updatable = false)
    private int accountsDeleted;
    @Column(name = "accounts_active", nullable = false, updatable = false)
    private int accountsActive;
    @Column(name = "members", nullable = false, updatable = false)
    private int members;
    @Column(name = "members_added", nullable = false, updatable = false)
    private int membersAdded;
    @Column(name = "members_expired", nullable = false, updatable = false)
    private int membersExpired;
    @Column(name = "members_active", nullable = false, updatable = false)
    private int membersActive;
    @Column(name = "open_dataset", nullable = false, updatable = false)
    private int openDataset;
    @Column(name = "open_dataset_added", nullable = false, updatable = false)
    private int openDatasetAdded;
    @Column(name = "open_dataset_deleted", nullable = false, updatable = false)
    private int openDatasetDeleted;
    @Column(name = "open_dataset_active", nullable = false, updatable = false)
    private int openDatasetActive;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected AccountActivity() {
    }

    /** A day's row starts from snapshot totals; the day's changes start at zero. */
    public AccountActivity(LocalDate activityDate, int accounts, int members, int openDataset) {
        this.id = UUID.randomUUID();
        this.activityDate = activityDate;
        this.accounts = accounts;
        this.members = members;
        this.openDataset = openDataset;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public LocalDate getActivityDate() { return activityDate; }
    public int getAccounts() { return accounts; }
    public int getAccountsAdded() { return accountsAdded; }
    public int getAccountsDeleted() { return accountsDeleted; }
    public int getAccountsActive() { return accountsActive; }
    public int getMembers() { return members; }
    public int getMembersAdded() { return membersAdded; }
    public int getMembersExpired() { return membersExpired; }
    public int getMembersActive() { return membersActive; }
    public int getOpenDataset() { return openDataset; }
    public int getOpenDatasetAdded() { return openDatasetAdded; }
    public int getOpenDatasetDeleted() { return openDatasetDeleted; }
    public int getOpenDatasetActive() { return openDatasetActive; }
    public LocalDateTime getInserted() { return inserted; }
}
