package org.selene.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A membership plan on offer (account.membership, reference data). */
@Entity
@Table(schema = "account", name = "membership")
public class Membership {

    @Id
    @Column(name = "id")
    private UUID id;
    @Convert(converter = MembershipType.LabelConverter.class)
    @Column(name = "type", nullable = false, unique = true)
    private MembershipType type;
    @Column(name = "rate", nullable = false)
    private BigDecimal rate;
    /** "month" or "year". */
    @Column(name = "rate_period", nullable = false)
    private String ratePeriod;
    @Column(name = "stripe_plan", nullable = false)
    private String stripePlan;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Membership() {
    }

    public Membership(MembershipType type, BigDecimal rate, String ratePeriod, String stripePlan) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.rate = rate;
        this.ratePeriod = ratePeriod;
        this.stripePlan = stripePlan;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public MembershipType getType() { return type; }
    public BigDecimal getRate() { return rate; }
    public String getRatePeriod() { return ratePeriod; }
    public String getStripePlan() { return stripePlan; }
    public LocalDateTime getInserted() { return inserted; }
}
