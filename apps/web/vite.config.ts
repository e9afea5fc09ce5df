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
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The QR code library is CommonJS: left to itself, the bundler puts the CommonJS
        // interop helpers that React needs into the QR code's chunk, and every board then
        // downloads the QR code (9 KiB gzip) at first paint. In a group of its own it is
        // fetched only by the pages that draw a QR code.
        codeSplitting: {
          groups: [
            { name: 'qrcode', test: /[\\/]node_modules[\\/].*[\\/](qrcode|dijkstrajs)[\\/]/ },
          ],
        },
      },
    },
  },
});
