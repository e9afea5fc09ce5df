import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The Content-Security-Policy the built web client runs under: everything from this origin and
 * nothing else. The build has no inline script or style (React's `style` props go through the
 * CSSOM, which CSP does not govern), QR codes are inline SVG, downloads are blob: links (a
 * navigation, not a fetch), and the board's WebSocket goes to this origin — which `'self'`
 * covers for ws: and wss: in CSP Level 3 browsers, all those the build targets.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Helmet's headers, with the policy above in place of its defaults. No
 * `upgrade-insecure-requests`: at a venue Tavolo is often reached over plain http on the local
 * network, where upgraded requests would fail. HSTS is sent as Helmet does and only browsers that
 * reached Tavolo over https heed it.
 */
export function securityHeaders(): FastifyHelmetOptions {
  return {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
  };
}
