package org.selene.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One version of an agreement (account.agreement). Read-only through JPA: {@code effective}
 * (daterange) and {@code content_id} (large-object oid) have no portable mapping, so versions are
 * inserted and their text read with native SQL ({@code lo_get(content_id)}).
 */
@Entity
@Table(schema = "account", name = "agreement")
public class Agreement {

    @Id
    @Column(name = "id")
    private UUID id;
    @Convert(converter = AgreementType.LabelConverter.class)
    @Column(name = "agreement", nullable = false)
    private AgreementType agreement;
    @Column(name = "version", nullable = false)
    private String version;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Agreement() {
    }

    public UUID getId() { return id; }
    public AgreementType getAgreement() { return agreement; }
    public String getVersion() { return version; }
    public LocalDateTime getInserted() { return inserted; }
}
