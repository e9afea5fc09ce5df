import { ApiError } from '../api/ApiError.js';
import type { MessageKey } from '../i18n/it.js';

const BY_CODE: Record<string, MessageKey> = {
  invitation_unknown: 'invite.error.unknown',
  invitation_expired: 'invite.error.expired',
  invitation_revoked: 'invite.error.revoked',
  event_archived: 'invite.error.archived',
  unknown_table: 'invite.error.unknownTable',
  network: 'invite.error.network',
  rate_limited: 'invite.error.rateLimited',
};

/** The message for why an invitation could not be looked up or accepted. */
export function joinErrorKey(error: unknown): MessageKey {
  if (error instanceof ApiError) return BY_CODE[error.code] ?? 'invite.error.generic';
  return 'invite.error.generic';
}
