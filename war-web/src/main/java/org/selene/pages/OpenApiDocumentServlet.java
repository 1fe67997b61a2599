package org.selene.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keeps {@code /openapi} (MicroProfile OpenAPI's address, the README's) answering the server's
 * merged document now that this module holds the root context. Payara adds its OpenAPI servlet to
 * whichever web module is at {@code /}, mapped to {@code /openapi/*}; inside an application that
 * mapping answers {@code /openapi/} but not {@code /openapi} itself, so the exact path is handed on.
 */
@WebServlet("/openapi")
public class OpenApiDocumentServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String query = request.getQueryString();
        request.getRequestDispatcher(query == null ? "/openapi/" : "/openapi/?" + query).forward(request, response);
    }
}
