package io.claimdesk.desk;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the review desk needs to know to sign its users in. */
@ConfigMapping(prefix = "claimdesk.desk")
public interface DeskConfig {

    Oidc oidc();

    /** Whether this build offers the development sign-in (dev and test builds only). */
    @WithDefault("false")
    boolean devSignIn();

    /** The private key file of the development sign-in; only the dev and test profiles set it. */
    Optional<String> devKey();

    /** The identity provider the desk signs users in with: OpenID Connect authorization code flow with PKCE. */
    interface Oidc {

        /** The provider's issuer URL; its discovery document is read from /.well-known/openid-configuration. */
        Optional<String> issuer();

        /** The desk's public client id at the provider. */
        Optional<String> clientId();

        @WithDefault("openid profile")
        String scope();
    }
}
