package org.selene.web.error;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.selene.domain.limit.LimitExceeded;
import org.selene.domain.shared.DomainException;

import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Turns any exception into the JSON error shape; the only place that decides error statuses. */
public final class ErrorResponses {

    /** How RESTEasy (WildFly) begins its own messages: a message code. */
    private static final Pattern IMPLEMENTATION_MESSAGE = Pattern.compile("RESTEASY\\d+");

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {
    }

    /**
     * What a JAX-RS exception tells the client: our own message for a 4xx, else the status's reason.
     * The implementations' own messages name them and echo the request ("HTTP 404 Not Found" from
     * Jersey; "RESTEASY003210: Could not find resource for full path: http://..." from RESTEasy).
     */
    static String clientMessage(String message, int status, String reason) {
        boolean ours = message != null && status < 500 && !message.startsWith("HTTP ") && !IMPLEMENTATION_MESSAGE.matcher(message).lookingAt();
        return ours ? message : reason;
    }

    public static Response forWebApplicationException(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(original.getMediaType())) {
            return original;
        }
        Throwable badJson = findBadJson(exception);
        if (badJson != null) {
            return JsonError.response(400, "malformed JSON body");
        }
        String message = clientMessage(exception.getMessage(), original.getStatus(), original.getStatusInfo().getReasonPhrase());
        Response.ResponseBuilder builder = Response.fromResponse(original).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonError.body(message));
        return builder.build();
    }

    public static Response forThrowable(Throwable exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof WebApplicationException web) {
            return forWebApplicationException(web);
        }
        if (cause instanceof LimitExceeded limited) {
            return Response.fromResponse(JsonError.response(429, limited.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds()).build();
        }
        if (cause instanceof DomainException domain) {
            return JsonError.response(domain.status(), domain.getMessage());
        }
        if (cause instanceof FaultToleranceException refused) {
            // the guard of an upstream route refused before or instead of the upstream
            return refused instanceof TimeoutException
                    ? JsonError.response(502, "the upstream service did not answer in time")
                    : JsonError.response(503, refused instanceof BulkheadException
                    ? "the upstream service is busy, try again shortly"
                    : "the upstream service is temporarily unavailable after repeated failures");
        }
        if (cause instanceof ConstraintViolationException violations) {
            // "field: message" as Selene words it; the field is the last node of the path (edit.arg1.name)
            String message = violations.getConstraintViolations().stream()
                    .map(ErrorResponses::message)
                    .sorted().findFirst().orElse("invalid request");
            return JsonError.response(400, message);
        }
        if (cause instanceof NoContentException) {
            return JsonError.response(400, "a request body is required");
        }
        if (findBadJson(cause) != null) {
            return JsonError.response(400, "malformed JSON body");
        }
        DatabaseRefusal refused = DatabaseRefusal.of(cause);
        if (refused != null) {
            return JsonError.response(refused.status(), refused.message());
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, cause);
        return JsonError.response(500, "internal error " + id);
    }

    /**
     * A value PostgreSQL refused to store (SQLSTATE class 22, data exception: a NUL in text, a
     * number out of range) or that breaks a constraint (class 23) came from the request: the
     * routes check their input, this is the net under what they let through. The transaction has
     * rolled back; the database's own message is not echoed.
     */
    record DatabaseRefusal(int status, String message) {

        static DatabaseRefusal of(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null) {
                    return of(sql.getSQLState());
                }
            }
            return null;
        }

        private static DatabaseRefusal of(String state) {
            if (state.equals("22021") || state.equals("22P05")) {
                return new DatabaseRefusal(400, "a text contains a character that cannot be stored (NUL)");
            }
            if (state.startsWith("22")) {
                return new DatabaseRefusal(400, "a value is out of range or malformed");
            }
            if (state.equals("23505")) {
                return new DatabaseRefusal(409, "conflicts with what is stored already");
            }
            if (state.startsWith("23")) {
                return new DatabaseRefusal(400, "a value does not fit what is stored (unknown reference or missing value)");
            }
            return null;
        }
    }

    /** "name: message" for a field of a body, the bare message for a whole parameter (a missing body). */
    private static String message(ConstraintViolation<?> violation) {
        jakarta.validation.Path.Node last = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last == null || last.getKind() == ElementKind.PARAMETER ? violation.getMessage() : last.getName() + ": " + violation.getMessage();
    }

    /** The refusal that caused it all, even when EJB or entity reading wrapped it. */
    private static Throwable unwrap(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException) {
                return t;
            }
        }
        Throwable current = exception;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Throwable findBadJson(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return t;
            }
        }
        return null;
    }
}
