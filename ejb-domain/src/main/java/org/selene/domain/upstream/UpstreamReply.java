package org.selene.domain.upstream;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/** What a third-party upstream answered: status, content type and the body bytes, unchanged. */
public record UpstreamReply(int status, String contentType, byte[] body) implements Serializable {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
