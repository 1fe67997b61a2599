package org.selene.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A person's account (account.account). */
@Entity
@Table(schema = "account", name = "account")
public class Account {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "email_address", nullable = false, unique = true)
    private String emailAddress;
    @Column(name = "username", unique = true)
    private String username;
    /** The password hash; null for an account that logs in through GitHub, Google or Facebook. */
    @Column(name = "password")
    private String password;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;
    @Column(name = "last_activity_ts")
    private LocalDateTime lastActivity;

    protected Account() {
    }

    public Account(String emailAddress, String username, String passwordHash) {
        this.id = UUID.randomUUID();
        this.emailAddress = emailAddress;
        this.username = username;
        this.password = passwordHash;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public String getEmailAddress() { return emailAddress; }
    public String getUsername() { return username; }
    public String getPassword() { return password; }
    public LocalDateTime getInserted() { return inserted; }
    public LocalDateTime getLastActivity() { return lastActivity; }

    public void changeEmailAddress(String emailAddress) { this.emailAddress = emailAddress; }
    public void changeUsername(String username) { this.username = username; }
    public void changePassword(String passwordHash) { this.password = passwordHash; }
    public void recordActivity(LocalDateTime when) { this.lastActivity = when; }
}
