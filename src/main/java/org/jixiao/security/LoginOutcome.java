package org.jixiao.security;

/**
 * What a login attempt came to. A wrong user name and a wrong password are the same outcome, so that the answer
 * never tells whether an account exists.
 *
 * @param account the account logged in to; null unless {@link Result#SUCCESS}
 */
public record LoginOutcome(Result result, Account account) {

    public enum Result {
        SUCCESS,
        BAD_CREDENTIALS,
        /** Locked now or earlier by too many failures; the password was not even checked. */
        LOCKED
    }

    static LoginOutcome success(Account account) {
        return new LoginOutcome(Result.SUCCESS, account);
    }

    static LoginOutcome failed(Result result) {
        return new LoginOutcome(result, null);
    }
}
