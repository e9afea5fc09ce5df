// What other workspace packages (bench) may use of the server.
export { signToken, type TokenClaims, type Role } from './auth/tokens.js';
