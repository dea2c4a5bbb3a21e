package org.jixiao.security;

import java.security.SecureRandom;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes and generated passwords. Hashes go through Spring Security's delegating encoder, so a stored hash
 * names its algorithm ({@code {bcrypt}...}) and a later, stronger default can take over without a migration.
 */
final class Passwords {

    /** Letters and digits that cannot be mistaken for one another when read off a console (no 0/O, 1/l/I). */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** A hash of a password nobody has, checked against when the user name is unknown so that both take as long. */
    static final String DECOY_HASH = ENCODER.encode(generate());

    private Passwords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
