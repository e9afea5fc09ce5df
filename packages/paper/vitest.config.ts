import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'paper', environment: 'node' },
});
