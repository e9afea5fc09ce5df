// What other workspace packages (bench) may use of the server.
export { signToken, type TokenClaims, type Role } from './auth/tokens.js';
// Throwaway local engines and server processes, for the scale-out benchmark.
export { ChildServer, freePort } from './testing/ChildServer.js';
export { TestPostgres } from './testing/postgres.js';
export { TestRedis } from './testing/redis.js';
// The benchmarks prepare a table's update log in a stopped server's database (bench W5, W6).
export { openDatabase } from './store/openDatabase.js';
export { SqliteDocStore } from './store/SqliteDocStore.js';
// The hostile-client benchmark (H1) reads the bounds and rate limits a server runs with.
export { parseConfig, type Bounds, type Config } from './config.js';
