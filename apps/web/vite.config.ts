import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In `pnpm dev` the API and WebSocket live on the Tavolo server (port 8080 by default).
const serverUrl = process.env.TAVOLO_SERVER_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': serverUrl,
      '/healthz': serverUrl,
      '/sync': { target: serverUrl.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: { sourcemap: true },
});
