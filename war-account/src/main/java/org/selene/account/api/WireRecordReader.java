package org.selene.account.api;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.selene.web.http.JsonBody;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Request bodies bound to records (JSON-B), with Selene's wire rules checked by hand first, since
 * clients see them: the body is read whatever its content type (the web apps are not consistent),
 * a key the record does not have is "key: Rogue field", a string or boolean of another JSON type
 * is "key: must be a string" / "must be a boolean" (JSON-B would turn 5 into "5"). What the
 * values must be is said by the record's Bean Validation constraints (@Valid on the route).
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class WireRecordReader implements MessageBodyReader<Record> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws java.io.IOException {
        return read(type, JsonBody.parseObject(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
    }

    static <T extends Record> T read(Class<T> type, JsonObject json) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        JsonBody.allowOnly(json, names);
        for (RecordComponent component : components) {
            if (component.getType() == String.class) {
                JsonBody.optionalString(json, component.getName());
            } else if (component.getType() == Boolean.class) {
                JsonBody.optionalBoolean(json, component.getName());
            }
        }
        return JSONB.fromJson(json.toString(), type);
    }
}
