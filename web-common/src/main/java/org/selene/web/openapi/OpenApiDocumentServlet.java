package org.selene.web.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Serves this WAR's own OpenAPI document at /{context}/openapi (YAML, or JSON with
 * ?format=json or Accept: application/json). The document is generated from the WAR's
 * annotations at build time; Payara's /openapi merges all four into one.
 */
@WebServlet("/openapi")
public class OpenApiDocumentServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean json = "json".equalsIgnoreCase(request.getParameter("format"))
                || (accept != null && accept.contains("application/json"));
        String resource = json ? "META-INF/openapi.json" : "META-INF/openapi.yaml";
        try (InputStream document = request.getServletContext().getClassLoader().getResourceAsStream(resource)) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(json ? "application/json" : "application/yaml");
            response.setCharacterEncoding("UTF-8");
            document.transferTo(response.getOutputStream());
        }
    }
}
