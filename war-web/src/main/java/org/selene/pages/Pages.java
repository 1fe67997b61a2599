package org.selene.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.NewCookie;
import org.selene.domain.shared.DomainException;
import org.selene.web.session.SessionCookies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What every page bean does: show the domain's refusal in words, next to its field, and move on. */
final class Pages {

    private Pages() {
    }

    /**
     * The domain names the field first ("name: the account already has a device with this name"):
     * the message goes next to the input of that id in the form when there is one, above the form otherwise.
     */
    static void refused(String formId, DomainException e) {
        String message = e.getMessage() == null ? "refused" : e.getMessage();
        if (e.status() == 429) {
            message = "Too many attempts: please wait a while and try again.";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        int colon = message.indexOf(':');
        String field = colon > 0 ? message.substring(0, colon).trim() : null;
        UIComponent input = field == null || formId == null ? null : faces.getViewRoot().findComponent(formId + ":" + field);
        String words = input == null ? message : message.substring(colon + 1).trim();
        FacesMessage shown = new FacesMessage(FacesMessage.SEVERITY_ERROR, capitalised(words), null);
        faces.addMessage(input == null ? null : input.getClientId(faces), shown);
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A message that survives the redirect after a POST. */
    static void flash(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    static void setCookies(List<NewCookie> cookies) {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        cookies.forEach(c -> response.addHeader("Set-Cookie", SessionCookies.header(c)));
    }

    static String redirect(String page) {
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /** A redirect to a path of this application (the login page's "next"), never elsewhere. */
    static void sendTo(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Another account's device, a malformed id: the same 404 page as an unknown path. */
    static void notFound() {
        try {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    static boolean localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && path.length() < 500;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
