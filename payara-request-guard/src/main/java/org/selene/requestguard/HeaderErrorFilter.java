package org.selene.requestguard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits right before Grizzly's HTTP codec. A request whose request line or header the codec cannot
 * take (too long, malformed) is refused by the codec itself, before any other filter or application
 * sees it, with an empty 400 (its error response has no body by design). The codec tells its
 * probes of the error first, on the same thread, and then writes that response through this filter:
 * the probe marks the connection, and the response is replaced here by a JSON one with the status
 * that names the problem (414, 431, else 400). The connection is closed, as the codec does.
 */
final class HeaderErrorFilter extends BaseFilter {

    /**
     * The codec's error being answered on this thread: set by the probe, taken by the write that
     * follows. Nothing is added to reading: a mark whose write never came names a connection the
     * codec closes, which no later write on this thread belongs to.
     */
    private static final ThreadLocal<Refusal> PENDING = new ThreadLocal<>();

    record Refusal(Connection<?> connection, int status, String reason, String message) {
    }

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        Refusal refusal = PENDING.get();
        if (refusal != null && refusal.connection() == ctx.getConnection() && ctx.getMessage() instanceof Buffer) {
            PENDING.remove();
            ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), response(refusal)));
        }
        return ctx.getInvokeAction();
    }

    HttpProbe probe() {
        return new HttpProbe.Adapter() {
            @Override
            public void onErrorEvent(Connection connection, HttpPacket packet, Throwable error) {
                // only errors of the request line and header: a body's error may come while the application answers
                if (packet instanceof HttpPacketParsing parsing && !parsing.isHeaderParsed()) {
                    PENDING.set(refusal(connection, error.getMessage()));
                }
            }
        };
    }

    /** The codec's messages (Grizzly 4) name what was too large; anything else is a malformed request. */
    static Refusal refusal(Connection<?> connection, String codecMessage) {
        String message = codecMessage == null ? "" : codecMessage;
        if (message.contains("intial line is too large") || message.contains("initial line is too large")) {
            return new Refusal(connection, 414, "URI Too Long", "request line too long");
        }
        if (message.contains("header is too large")) {
            return new Refusal(connection, 431, "Request Header Fields Too Large", "request header fields too large");
        }
        return new Refusal(connection, 400, "Bad Request", "malformed request line or header");
    }

    static byte[] response(Refusal refusal) {
        byte[] body = ErrorBody.json(refusal.message());
        String head = "HTTP/1.1 " + refusal.status() + " " + refusal.reason() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + "Connection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, out, 0, headBytes.length);
        System.arraycopy(body, 0, out, headBytes.length, body.length);
        return out;
    }
}
