package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selene.domain.account.LoginService;
import org.selene.domain.account.federated.FederatedIdentityService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.shared.DomainException;
import org.selene.web.session.SessionCookies;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * "Log in with GitHub" (when GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET are set): /github-login
 * sends the browser to GitHub with a state kept in the session, /github-login?code=&state= takes
 * it back, exchanges the code (as the sso API's github-token) and logs in as the sso API's
 * federated login does, with the same session cookies.
 */
@WebServlet("/github-login")
public class GitHubLoginServlet extends HttpServlet {

    private static final String STATE = GitHubLoginServlet.class.getName() + ".state";
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    FederatedIdentityService federated;

    @EJB
    LoginService logins;

    @Inject
    SessionCookies cookies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        if (code == null) {
            byte[] state = new byte[16];
            RANDOM.nextBytes(state);
            String hex = HexFormat.of().formatHex(state);
            String back = request.getRequestURL().toString();
            var start = federated.gitHubAuthorizeUrl(back, hex);
            if (start.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.getSession(true).setAttribute(STATE, hex);
            response.sendRedirect(start.get());
            return;
        }
        var session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(STATE);
        if (session != null) {
            session.removeAttribute(STATE);
        }
        // the state proves the answer belongs to a login this browser began (no login CSRF)
        if (expected == null || !expected.equals(request.getParameter("state")) || code.length() > 200) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=github");
            return;
        }
        try {
            String token = federated.gitHubAccessToken(code, (String) expected)
                    .orElseThrow(() -> DomainException.unauthorized("GitHub refused the code"));
            cookies.of(logins.logInFederated(FederatedPlatform.GITHUB, token))
                    .forEach(c -> response.addHeader("Set-Cookie", SessionCookies.header(c)));
        } catch (DomainException e) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=github");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
