// What other workspace packages (bench) may use of the server.
export { signToken, type TokenClaims, type Role } from './auth/tokens.js';
// The benchmarks prepare a table's update log in a stopped server's database (bench W5, W6).
export { openDatabase } from './store/openDatabase.js';
export { SqliteDocStore } from './store/SqliteDocStore.js';
