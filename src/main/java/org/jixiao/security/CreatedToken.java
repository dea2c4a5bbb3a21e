package org.jixiao.security;

/** A token just created, with its secret: the only moment the secret is known outside the caller's hands. */
public record CreatedToken(ApiToken token, String secret) {
}
