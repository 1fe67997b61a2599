package org.selene.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HS256 tokens signed the way Selene signed them, to present tokens our server did not issue. */
final class Jwts {

    private Jwts() {
    }

    static String hs256(String secret, String claimsJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Selene's claims: {iat, exp, sub}, no session version. */
    static String selene(String secret, Object subject, long issuedAt, long expires) {
        return hs256(secret, "{\"iat\":" + issuedAt + ",\"exp\":" + expires + ",\"sub\":\"" + subject + "\"}");
    }

    static JsonObject header(String token) {
        return part(token, 0);
    }

    static JsonObject claims(String token) {
        return part(token, 1);
    }

    private static JsonObject part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
