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
