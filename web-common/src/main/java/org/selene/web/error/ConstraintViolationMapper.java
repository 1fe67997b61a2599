package org.selene.web.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that breaks its record's constraints (@Valid): 400 with Selene's message of the
 * first broken field, {"error": "name: This field is required."}. Without it, the JAX-RS
 * implementation's own mapper of validation errors would answer in its own shape.
 */
@Provider
@ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ErrorResponses.forThrowable(exception);
    }
}
