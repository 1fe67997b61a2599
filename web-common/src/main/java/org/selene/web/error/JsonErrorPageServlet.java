package org.selene.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Error page of every WAR (declared in web-fragment.xml): JSON instead of the server's HTML page. */
@WebServlet("/_error")
public class JsonErrorPageServlet extends HttpServlet {

    /** What the servlets of a path outside the JAX-RS resources (and the pages) answer to. */
    public static final String SERVLET_METHODS = "GET, HEAD, POST, OPTIONS";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = answered(code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND, response);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonError.body(message(status)));
    }

    /**
     * The status a client gets for the container's: a method that no servlet of the path implements
     * (PATCH, PROPFIND, an invented one) is the container's 501, but the client asked for what the
     * resource does not allow, not for a server failure: 405, with the methods the servlets have.
     */
    public static int answered(int status, HttpServletResponse response) {
        if (status != HttpServletResponse.SC_NOT_IMPLEMENTED) {
            return status;
        }
        response.setHeader("Allow", SERVLET_METHODS);
        return HttpServletResponse.SC_METHOD_NOT_ALLOWED;
    }

    /** The words for a status the container answers itself, without any detail of the failure. */
    public static String message(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "not acceptable";
            case 413 -> "request body too large";
            case 415 -> "unsupported media type";
            default -> status >= 500 ? "internal error" : "request failed";
        };
    }
}
