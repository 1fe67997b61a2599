package org.selene.web.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Everything not mapped elsewhere: bad input becomes 400, the rest a 500 with a traceable id. */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return ErrorResponses.forThrowable(exception);
    }
}
