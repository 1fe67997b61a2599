package org.selene.account.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.selene.web.error.JsonError;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.UUID;

/** UUID parameters marked {@link NotFoundIfMalformed}: a malformed one is that 404, not JAX-RS's bare one. */
@Provider
public class UuidParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        return Arrays.stream(annotations).filter(a -> a instanceof NotFoundIfMalformed).map(a -> (NotFoundIfMalformed) a).findFirst()
                .map(marked -> (ParamConverter<T>) new ParamConverter<UUID>() {
                    @Override
                    public UUID fromString(String value) {
                        try {
                            return UUID.fromString(value);
                        } catch (IllegalArgumentException e) {
                            throw new NotFoundException(JsonError.response(404, marked.value()));
                        }
                    }

                    @Override
                    public String toString(UUID value) {
                        return value.toString();
                    }
                }).orElse(null);
    }
}
