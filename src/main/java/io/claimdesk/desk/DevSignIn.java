package io.claimdesk.desk;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who to be in a development sign-in. */
public record DevSignIn(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String user,
        @NotEmpty @Size(max = 3) List<@Pattern(regexp = "reviewer|editor|admin") String> roles) {
}
