package org.selene.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** An account's acceptance of one agreement version (account.account_agreement); opting out deletes it. */
@Entity
@Table(schema = "account", name = "account_agreement")
public class AccountAgreement {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    @Column(name = "agreement_id", nullable = false, updatable = false)
    private UUID agreementId;
    @Column(name = "accept_date", nullable = false, updatable = false)
    private LocalDate acceptDate;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected AccountAgreement() {
    }

    public AccountAgreement(UUID accountId, UUID agreementId, LocalDate acceptDate) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.agreementId = agreementId;
        this.acceptDate = acceptDate;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public UUID getAgreementId() { return agreementId; }
    public LocalDate getAcceptDate() { return acceptDate; }
    public LocalDateTime getInserted() { return inserted; }
}
