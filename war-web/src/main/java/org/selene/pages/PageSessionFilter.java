package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.NewCookie;
import org.selene.domain.account.AccountSessionService;
import org.selene.domain.account.SessionAuthentication;
import org.selene.domain.shared.DomainException;
import org.selene.web.session.SessionCookies;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Signs the page request in with the APIs' cookies (seleneAccess / seleneRefresh, through the same
 * AccountSessionService as their filter), renews both when the refresh token was used, sends the
 * anonymous to the login page and answers 403 on admin pages to anyone without the role.
 */
@WebFilter(urlPatterns = "/*")
public class PageSessionFilter extends HttpFilter {

    /** Pages and paths anyone may open. */
    static final Set<String> PUBLIC = Set.of("/login.xhtml", "/signup.xhtml", "/reset.xhtml", "/agreement.xhtml", "/github-login", "/market.xhtml", "/skill.xhtml", "/_page-error",
            "/change-password", "/change-password.xhtml");

    /** Pages answered at an address without the suffix, the one a mailed link names (web.xml maps them). */
    static final Set<String> LINKED = Set.of("/change-password", "/verify-email");

    @EJB
    AccountSessionService sessions;

    @Inject
    SessionCookies cookies;

    @Inject
    PageCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        SecurityHeaders.always(response);
        signIn(request, response);
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean adminPage = path.startsWith("/admin/");
        if (!adminPage && (open(path) || !exists(path))) {
            // a path that names no page is a 404 for everyone, not a detour through the login page
            chain.doFilter(request, response);
            return;
        }
        if (!caller.isSignedIn()) {
            SecurityHeaders.strictPolicy(response);
            redirect(request, response, request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next(request), StandardCharsets.UTF_8));
            return;
        }
        if (adminPage && !caller.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) {
        String access = cookie(request, SessionCookies.ACCESS);
        String refresh = cookie(request, SessionCookies.REFRESH);
        if (access == null && refresh == null) {
            return;
        }
        try {
            SessionAuthentication authentication = sessions.authenticate(access, refresh);
            caller.signedInAs(authentication.accountId());
            authentication.renewed().ifPresent(session -> {
                for (NewCookie c : cookies.of(session)) {
                    response.addHeader("Set-Cookie", SessionCookies.header(c));
                }
            });
        } catch (DomainException expiredOrRevoked) {
            // an old session is simply no session: the page asks to log in again
        }
    }

    private boolean exists(String path) throws IOException {
        return path.equals("/") || path.isEmpty() || LINKED.contains(path) || getServletContext().getResource(path) != null;
    }

    static boolean open(String path) {
        return PUBLIC.contains(path) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }

    /** Where the login page sends the person back to: a path of this application only. */
    private static String next(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null || !"GET".equals(request.getMethod()) ? path : path + "?" + request.getQueryString();
    }

    /** An Ajax request of Faces follows only a redirect written as a partial response. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String location) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(location);
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(name) && c.getValue() != null && !c.getValue().isEmpty()) {
                return c.getValue();
            }
        }
        return null;
    }
}
