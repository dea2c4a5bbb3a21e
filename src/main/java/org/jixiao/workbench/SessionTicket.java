package org.jixiao.workbench;

import java.time.Instant;

/**
 * What a session cookie says: whose session, for which session version of the account, until when.
 *
 * @param sessionVersion the account's session version at login; a raised version (logout, new password) ends it
 */
public record SessionTicket(long accountId, int sessionVersion, Instant expiresAt) {
}
