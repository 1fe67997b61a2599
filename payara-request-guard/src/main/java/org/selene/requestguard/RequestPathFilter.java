package org.selene.requestguard;

import java.io.IOException;
import java.util.Optional;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits between Grizzly's HTTP codec and the server's request handler: a request whose path
 * {@link RequestPath} refuses gets a JSON 400 here, and the connection is closed (its body, if any,
 * is not read), as the container does with the requests it refuses.
 */
final class RequestPathFilter extends BaseFilter {

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof HttpContent content && content.getHttpHeader() instanceof HttpRequestPacket request) {
            Optional<String> problem = RequestPath.problem(request.getRequestURI());
            if (problem.isPresent()) {
                refuse(ctx, request, problem.get());
                return ctx.getStopAction();
            }
        }
        return ctx.getInvokeAction();
    }

    private static void refuse(FilterChainContext ctx, HttpRequestPacket request, String message) {
        byte[] body = ErrorBody.json(message);
        HttpResponsePacket response = request.getResponse();
        HttpStatus.BAD_REQUEST_400.setValues(response);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.setHeader(Header.Connection, "close");
        response.setHeader("X-Content-Type-Options", "nosniff");
        HttpContent answer = HttpContent.builder(response)
                .content(Buffers.wrap(ctx.getMemoryManager(), body))
                .last(true)
                .build();
        ctx.write(answer);
        response.getProcessingState().getHttpContext().close();
    }
}
