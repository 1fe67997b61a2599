package org.selene.web.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Strict reading of JSON request bodies: rogue keys, missing fields and wrong types are 400s. */
public final class JsonBody {

    private JsonBody() {
    }

    /** Parses a raw body (some clients send JSON with another content type). */
    public static JsonObject parseObject(String raw) {
        JsonValue value = parseValue(raw);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DomainException.badRequest("the body must be a JSON object");
        }
        return value.asJsonObject();
    }

    public static JsonValue parseValue(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.badRequest("a JSON body is required");
        }
        try {
            return JsonText.parse(raw);
        } catch (JsonException e) {
            throw DomainException.badRequest("malformed JSON body");
        } catch (RuntimeException e) {
            // Parsson refuses input nested deeper than 1000 levels with a bare RuntimeException
            throw DomainException.badRequest("malformed JSON body: nested too deeply");
        }
    }

    public static JsonObject require(JsonObject body) {
        if (body == null) {
            throw DomainException.badRequest("a JSON object body is required");
        }
        return body;
    }

    public static JsonObject allowOnly(JsonObject body, Set<String> allowed) {
        require(body);
        for (String key : body.keySet()) {
            if (!allowed.contains(key)) {
                throw DomainException.badRequest(key + ": Rogue field");
            }
        }
        return body;
    }

    public static String requiredString(JsonObject body, String name) {
        String value = optionalString(body, name);
        if (value == null) {
            throw DomainException.badRequest(name + ": This field is required.");
        }
        return value;
    }

    /** A required string with something in it: blank is missing, as in Selene's schemas. */
    public static String requiredText(JsonObject body, String name) {
        String value = optionalString(body, name);
        if (value == null || value.isBlank()) {
            throw DomainException.badRequest(name + ": This field is required.");
        }
        return value;
    }

    /**
     * The one base64 decoder of the web apps' text (sign-up, login header, password changes and
     * resets, e-mail tokens): every route decodes alike, so a password set through one works on the
     * others. The browser's btoa() takes Latin-1 text (one byte per character, so "pä" is "cOQ="),
     * other clients send base64 of UTF-8. Bytes that are valid UTF-8 are read as UTF-8, others as
     * Latin-1: a Latin-1 text of non-ASCII letters is almost never valid UTF-8 (it would need
     * sequences like "Ã¤"), while UTF-8 text always is. Bad base64 is a 400.
     */
    public static String base64Text(String value, String name) {
        if (value == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = java.util.Base64.getDecoder().decode(value.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest(name + ": not valid base64");
        }
        if (bytes.length == 0 && !value.isBlank()) {
            throw DomainException.badRequest(name + ": not valid base64");
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    public static String optionalString(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw DomainException.badRequest(name + ": must be a string");
        }
        return string.getString();
    }

    public static Boolean optionalBoolean(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw DomainException.badRequest(name + ": must be a boolean");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    /** A required array of strings (an empty array is allowed). */
    public static List<String> requiredStrings(JsonObject body, String name) {
        if (!(body.get(name) instanceof JsonArray array)) {
            throw DomainException.badRequest(name + ": must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string)) {
                throw DomainException.badRequest(name + ": must be an array of strings");
            }
            strings.add(string.getString());
        }
        return strings;
    }

    /** A string field with an upper bound on its length (database columns are text, but requests are not free). */
    public static String limited(String value, String name, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw DomainException.badRequest(name + ": longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A required base64 field of the web apps (btoa of an e-mail address or password), read by {@link #base64Text}. */
    public static String base64Field(JsonObject body, String name, int maxLength) {
        return base64Text(limited(requiredString(body, name), name, maxLength), name);
    }
}
