package io.claimdesk.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before anything reads it, a request the HTTP layer would otherwise refuse with a bare status line or
 * an empty body: a body declared larger than the service accepts, a URL or headers too long to be meant, a query
 * that is not percent-encoded UTF-8, and a browser origin that may not call the API. Each is answered as a problem
 * like every other error.
 */
@ApplicationScoped
public class HttpGate {

    /** After the routes that put the security headers on every answer, before the CORS check and any body reading. */
    private static final int ORDER = Integer.MIN_VALUE + 1;

    @Inject
    ClaimdeskConfig config;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        ClaimdeskConfig.Http limits = config.http();
        Optional<HttpProblem> refusal = declaredBodyTooLarge(request)
                .or(() -> request.uri().length() > limits.maxUrlLength()
                        ? Optional.of(Problems.urlTooLong(limits.maxUrlLength())) : Optional.empty())
                .or(() -> headerBytes(request) > limits.maxHeaderBytes()
                        ? Optional.of(Problems.headersTooLarge(limits.maxHeaderBytes())) : Optional.empty())
                .or(() -> malformedQuery(request.query()))
                .or(() -> foreignOrigin(request));
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        HttpProblem problem = refusal.get();
        if (problem.getStatusCode() == 413) {
            // Closing the connection drops the rest of a body the client may already be sending.
            context.response().endHandler(ended -> request.connection().close());
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ProblemWriter.write(context, problem);
    }

    private Optional<HttpProblem> declaredBodyTooLarge(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = config.maxBodyBytes();
        try {
            return length != null && Long.parseLong(length.strip()) > limit
                    ? Optional.of(Problems.tooLarge(limit)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(Problems.badRequest("Content-Length must be a whole number of bytes"));
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (var header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length();
        }
        return bytes;
    }

    /** A query whose percent-escapes are broken or spell something other than UTF-8 text (a lone surrogate, say). */
    static Optional<HttpProblem> malformedQuery(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&", -1)) {
            if (!isPercentEncodedUtf8(pair)) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                return Optional.of(Problems.badRequest("The query parameter " + Problems.quote(name)
                        + " is not percent-encoded UTF-8 text"));
            }
        }
        return Optional.empty();
    }

    private static boolean isPercentEncodedUtf8(String encoded) {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 4);
        // Most queries are ASCII throughout, which is UTF-8 text without decoding it.
        boolean ascii = true;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !isHex(encoded.charAt(i + 1)) || !isHex(encoded.charAt(i + 2))) {
                    return false;
                }
                byte b = (byte) HexFormat.fromHexDigits(encoded, i + 1, i + 3);
                ascii &= b >= 0;
                bytes.put(b);
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                ascii = false;
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (ascii) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Browsers send Origin on cross-origin calls; only the configured front ends may make them. */
    private Optional<HttpProblem> foreignOrigin(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || corsOrigins.isEmpty() || sameOrigin(request, origin)
                || corsOrigins.get().stream().anyMatch(allowed -> allows(allowed, origin))) {
            return Optional.empty();
        }
        return Optional.of(Problems.foreignOrigin(origin));
    }

    /** An allowed origin as CORS configuration writes it: exact, "*", or a regular expression between slashes. */
    private static boolean allows(String allowed, String origin) {
        if (allowed.equals("*") || allowed.equals(origin)) {
            return true;
        }
        return allowed.length() > 2 && allowed.startsWith("/") && allowed.endsWith("/")
                && Pattern.matches(allowed.substring(1, allowed.length() - 1), origin);
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        return origin.equalsIgnoreCase(request.scheme() + "://" + request.getHeader(HttpHeaders.HOST));
    }
}
