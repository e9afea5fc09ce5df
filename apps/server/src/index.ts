// What other workspace packages (bench) may use of the server.
export { signToken, type TokenClaims, type Role } from './auth/tokens.js';
// Throwaway local engines and server processes, for the scale-out benchmark.
export { ChildServer, freePort } from './testing/ChildServer.js';
export { TestPostgres } from './testing/postgres.js';
export { TestRedis } from './testing/redis.js';
