package io.claimdesk.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.quarkus.security.AuthenticationFailedException;

/** Why a bearer token was refused, in words a client can act on; never the verifier's own message. */
public final class TokenRefusals {

    /** Where a refusal decided by this service, rather than by the token verifier, carries its reason. */
    public static final String REASON = "claimdesk.token-refusal-reason";

    public static final String ISSUED_IN_THE_FUTURE = "The bearer token was issued in the future; check the issuer's clock";

    /** The verifier's error codes, most telling first: a forged token may be expired too, but forgery is the news. */
    private static final List<Map.Entry<Integer, String>> BY_ERROR_CODE = List.of(
            Map.entry(ErrorCodes.SIGNATURE_MISSING, "The bearer token is not signed"),
            Map.entry(ErrorCodes.SIGNATURE_INVALID, "The bearer token's signature does not verify with the issuer's keys"),
            Map.entry(ErrorCodes.ISSUER_MISSING, "The bearer token names no issuer"),
            Map.entry(ErrorCodes.ISSUER_INVALID, "The bearer token comes from an issuer this service does not trust"),
            Map.entry(ErrorCodes.EXPIRED, "The bearer token has expired; get a new one from the identity provider"),
            Map.entry(ErrorCodes.EXPIRATION_MISSING, "The bearer token has no expiry time"),
            Map.entry(ErrorCodes.NOT_YET_VALID, "The bearer token is not valid yet"));

    private TokenRefusals() {
    }

    public static AuthenticationFailedException refuse(String reason) {
        return new AuthenticationFailedException(reason, Map.of(REASON, reason));
    }

    static String reason(AuthenticationFailedException e) {
        String own = e.getAttribute(REASON);
        if (own != null) {
            return own;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                Optional<String> known = BY_ERROR_CODE.stream()
                        .filter(entry -> invalid.hasErrorCode(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst();
                if (known.isPresent()) {
                    return known.get();
                }
            }
        }
        return "The bearer token is not a valid signed JWT";
    }
}
