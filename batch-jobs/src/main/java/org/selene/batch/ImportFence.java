package org.selene.batch;

import org.selene.domain.shared.DomainException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a job parameter may make an import read: paths under the import directory (or one of the
 * operator's own configured directories) and URLs on the operator's allow-list. An admin session
 * must not turn a job into a reader of the server's files or a request forger inside its network.
 *
 * <p>Allow-list entries: a host name admits {@code https://host/...} on the default port; a URL
 * prefix ({@code https://host/path/}) admits URLs of that scheme, host and port under that path.
 * Plain http is admitted only to this machine (an operator's local mirror, spelled out as a
 * prefix): whatever crosses a network must be https.
 */
final class ImportFence {

    private final Path importDir;
    private final List<Path> operatorDirs;
    private final List<String> allowed;

    ImportFence(Path importDir, List<Path> operatorDirs, List<String> allowed) {
        this.importDir = real(importDir);
        this.operatorDirs = operatorDirs.stream().map(ImportFence::real).filter(Objects::nonNull).toList();
        this.allowed = allowed.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    /** A file parameter (absolute, or relative to the import directory) as the real path the job is to read. */
    String path(String parameter, String value) {
        Path resolved;
        try {
            Path given = value.startsWith("file:") ? Path.of(new URI(value)) : Path.of(value);
            resolved = real(importDir == null ? given : importDir.resolve(given));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw DomainException.badRequest(parameter + ": not a path");
        }
        boolean inside = resolved != null && ((importDir != null && resolved.startsWith(importDir)) || operatorDirs.contains(resolved));
        if (!inside) {
            throw DomainException.badRequest(parameter + ": must be under the import directory (SELENE_IMPORT_DIR)");
        }
        return resolved.toString();
    }

    /** A file parameter or an http(s) URL parameter. */
    String pathOrUrl(String parameter, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            if (!allows(value)) {
                throw DomainException.badRequest(parameter + ": only https URLs on SELENE_IMPORT_URL_ALLOW may be read");
            }
            return value;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw DomainException.badRequest(parameter + ": a file under the import directory or an https URL");
        }
        return path(parameter, value);
    }

    /** Also asked for every redirect a download follows. */
    boolean allows(String url) {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getPath() == null
                || uri.getPath().contains("/../") || uri.getPath().endsWith("/..")) {
            return false;
        }
        return allowed.stream().anyMatch(entry -> matches(entry, uri));
    }

    private static boolean matches(String entry, URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!entry.contains("://")) {
            return scheme.equals("https") && uri.getHost().equalsIgnoreCase(entry) && port(uri) == 443;
        }
        URI prefix;
        try {
            prefix = new URI(entry).normalize();
        } catch (URISyntaxException e) {
            return false;
        }
        String prefixPath = prefix.getPath() == null ? "" : prefix.getPath();
        return prefix.getScheme() != null && prefix.getHost() != null && scheme.equals(prefix.getScheme().toLowerCase(Locale.ROOT))
                && (scheme.equals("https") || (scheme.equals("http") && loopback(uri.getHost()))) && uri.getHost().equalsIgnoreCase(prefix.getHost())
                && port(uri) == port(prefix) && uri.getPath().startsWith(prefixPath);
    }

    /** By name or literal only: no DNS look-up decides what a job may fetch. */
    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || h.equals("[::1]") || h.equals("::1");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    /**
     * The absolute, normalised path with every symbolic link resolved; a name that does not exist
     * (yet) is kept as written below its nearest existing directory. A dangling link is null.
     */
    static Path real(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? path.toAbsolutePath().getRoot() : existing.toRealPath();
            for (Path name : missing) {
                real = real.resolve(name);
            }
            return real;
        } catch (IOException e) {
            return null;
        }
    }
}
