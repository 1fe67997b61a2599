package org.selene.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A membership an account holds or held (account.account_membership). Read-only through JPA:
 * {@code membership_ts_range} (tsrange, NOT NULL) has no portable mapping, so starting and
 * cancelling a membership are native SQL; active = {@code upper(membership_ts_range) IS NULL}.
 */
@Entity
@Table(schema = "account", name = "account_membership")
public class AccountMembership {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "membership_id", nullable = false)
    private UUID membershipId;
    @Convert(converter = PaymentMethod.LabelConverter.class)
    @Column(name = "payment_method", nullable = false)
    private PaymentMethod paymentMethod;
    /** The payment provider's customer id (Stripe "cus_..."). */
    @Column(name = "payment_account_id", nullable = false)
    private String paymentAccountId;
    /** The payment provider's subscription id. */
    @Column(name = "payment_id", nullable = false)
    private String paymentId;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected AccountMembership() {
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public UUID getMembershipId() { return membershipId; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public String getPaymentAccountId() { return paymentAccountId; }
    public String getPaymentId() { return paymentId; }
    public LocalDateTime getInserted() { return inserted; }
}
