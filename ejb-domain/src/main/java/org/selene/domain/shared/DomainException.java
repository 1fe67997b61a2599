package org.selene.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request the domain refuses, with the HTTP status the APIs answer. An application exception
 * that rolls the transaction back, so a rejected request changes nothing stored.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final int status;

    public DomainException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static DomainException badRequest(String message) {
        return new DomainException(400, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(404, message);
    }

    public static DomainException unauthorized(String message) {
        return new DomainException(401, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(409, message);
    }
}
