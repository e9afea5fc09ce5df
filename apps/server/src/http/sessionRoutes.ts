import type { FastifyInstance } from 'fastify';
import { TokenError, verifyToken, type TokenClaims } from '../auth/tokens.js';
import { bearer, type ApiDeps, type WithHeaders } from './apiDeps.js';
import { HttpError, jsonBody, readBody } from './json.js';
import { consentBody } from './schemas/publicSchemas.js';

/** Routes of a person's own session, authorised by their bearer token. */
export function sessionRoutes(app: FastifyInstance, deps: ApiDeps, secret: Uint8Array): void {
  const { catalog } = deps;
  const claimsOf = (request: WithHeaders): TokenClaims => {
    try {
      return verifyToken(bearer(request), secret, deps.now());
    } catch (err) {
      if (err instanceof TokenError) throw new HttpError(401, err.code, err.message);
      throw err;
    }
  };

  // A moderator's or observer's short-lived token, renewed while its invitation holds.
  app.post('/api/session/renew', async (request) => {
    const renewed = await catalog.renew(claimsOf(request), deps.now());
    if (renewed === 'token_revoked' || renewed === 'token_expired') {
      throw new HttpError(401, renewed, 'This session can no longer be renewed.');
    }
    return { token: renewed };
  });

  // A person changes their answer to being named in the paper; the table's live room sends
  // everyone their new directory (an observer names only people who said yes).
  app.post('/api/session/consent', async (request) => {
    const claims = claimsOf(request);
    const { consent } = readBody(consentBody, jsonBody(request));
    const session = await catalog.session(claims);
    if (typeof session === 'string') {
      throw new HttpError(401, session, 'This session has ended.');
    }
    const recorded =
      claims.role !== 'secretariat' &&
      (await catalog.people.setConsent(claims.tableId, claims.participantId, consent));
    if (!recorded) {
      throw new HttpError(403, 'not_a_person', 'Only a person who joined a table has a consent.');
    }
    deps.log.info('consent_changed', { table: claims.tableId, participant: claims.participantId });
    return { consent };
  });
}
