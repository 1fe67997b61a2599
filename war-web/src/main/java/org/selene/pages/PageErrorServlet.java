package org.selene.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selene.web.error.JsonError;
import org.selene.web.error.JsonErrorPageServlet;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages' error answer: a short HTML page for browsers, web-common's JSON for everyone else,
 * never the exception (it goes to the server log, without the request's data).
 */
@WebServlet("/_page-error")
public class PageErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PageErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i && i >= 400 ? i : thrown != null ? 500 : 404;
        if (thrown instanceof Throwable t) {
            if (expired(t)) {
                status = 400;
            } else {
                LOG.log(Level.WARNING, "page failed: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
            }
        }
        if (!response.isCommitted()) {
            response.reset();
        }
        status = JsonErrorPageServlet.answered(status, response);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            // a 501 reaches this page a second time as the 405 the fragment's error page made of
            // it, and the reset above dropped the Allow that page had set
            response.setHeader("Allow", JsonErrorPageServlet.SERVLET_METHODS);
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        SecurityHeaders.always(response);
        SecurityHeaders.strictPolicy(response);
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            response.setContentType("application/json");
            response.getWriter().write(JsonError.body(JsonErrorPageServlet.message(status)));
            return;
        }
        response.setContentType("text/html");
        String words = words(status, thrown);
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + words + " · Selene</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/resources/selene/site.css\"></head>"
                + "<body><main class=\"error-page\"><h1>" + words + "</h1><p>Error " + status + ".</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">Go to your devices</a></p></main></body></html>");
    }

    private static boolean expired(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getSimpleName().equals("ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }

    private static String words(int status, Object thrown) {
        if (thrown instanceof Throwable t && expired(t)) {
            return "This page has expired: open it again";
        }
        return switch (status) {
            case 403 -> "This page is for administrators only";
            case 404 -> "There is no such page";
            case 400 -> "The request was not understood";
            case 401 -> "Please log in";
            case 405 -> "This page cannot be used that way";
            default -> status >= 500 ? "Something went wrong on the server" : "The request failed";
        };
    }
}
