const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** The one Content-Security-Policy of every page: no remote content, no inline script, no eval. */
export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ')

/**
 * The same policy as a <meta> tag in the built HTML (needed where no header is sent, e.g. file://
 * pages in Electron); browsers ignore frame-ancestors there and warn, so it is left out.
 */
export const CONTENT_SECURITY_POLICY_META = directives.join('; ')

/**
 * Only for `npm run dev` (electron-vite's dev server, never a build): Vite injects an inline module
 * script (React's refresh preamble) and talks to its server over a WebSocket, which the policy above
 * blocks, leaving a blank window. Inline scripts and the local WebSocket are allowed, nothing remote.
 */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = directives
  .map((d) =>
    d.startsWith('script-src') ? "script-src 'self' 'unsafe-inline'" : d.startsWith('connect-src') ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : d,
  )
  .join('; ')
