package org.selene.domain.metric;

/** The counters of metric.account_activity that account changes move. */
public enum ActivityCounter {
    ACCOUNTS("accounts"),
    ACCOUNTS_ADDED("accounts_added"),
    ACCOUNTS_DELETED("accounts_deleted"),
    MEMBERS("members"),
    MEMBERS_ADDED("members_added"),
    MEMBERS_EXPIRED("members_expired"),
    OPEN_DATASET("open_dataset"),
    OPEN_DATASET_ADDED("open_dataset_added"),
    OPEN_DATASET_DELETED("open_dataset_deleted");

    private final String column;

    ActivityCounter(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
