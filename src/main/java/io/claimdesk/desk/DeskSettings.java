package io.claimdesk.desk;

/** What the desk page reads before it signs anyone in; nothing in it is secret. */
public record DeskSettings(String issuer, String clientId, String scope, boolean devSignIn) {

    static DeskSettings of(DeskConfig config) {
        return new DeskSettings(config.oidc().issuer().orElse(null), config.oidc().clientId().orElse(null),
                config.oidc().scope(), config.devSignIn());
    }
}
