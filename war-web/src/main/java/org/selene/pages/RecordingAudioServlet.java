package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selene.domain.recording.RecordingService;
import org.selene.domain.shared.DomainException;

import java.io.IOException;
import java.util.Optional;

/**
 * Admin: one recording's audio for the page's player, or as a download ({@code download=1}).
 * Behind {@link PageSessionFilter}'s admin check, as every path under /admin/.
 */
@WebServlet("/admin/recording-audio")
public class RecordingAudioServlet extends HttpServlet {

    @EJB
    RecordingService recordings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RecordingService.Kind> kind = AdminRecordings.kind(request.getParameter("kind"));
        String id = request.getParameter("id");
        Optional<RecordingService.Recording> found = kind.isEmpty() || id == null || id.length() > 1000
                ? Optional.empty() : recordings.find(kind.get(), id);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] audio;
        try {
            audio = recordings.audio(found.get());
        } catch (DomainException missingFile) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String file = found.get().fileName();
        response.setContentType(file.endsWith(".flac") ? "audio/flac" : "audio/wav");
        response.setContentLength(audio.length);
        response.setHeader("Content-Disposition", ("1".equals(request.getParameter("download")) ? "attachment" : "inline")
                + "; filename=\"" + found.get().kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + file + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(audio);
    }
}
