/**
 * The headers of every page and file of the web app, in `vite preview` (vite.config.mts) and in production
 * (infra/web-security-headers.conf, which security-headers.spec.ts keeps equal to this).
 *
 * The built app loads only its own files: index.html has no inline script (vite writes the entry as a
 * file), the service worker and workbox are files of the build, and React sets `style` through the DOM
 * (el.style), which a policy without 'unsafe-inline' allows. The data goes to <base>graphql on the same
 * origin. The browser tests fail on any report of this policy (test/support/browser.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const WEB_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // frame-ancestors says the same to browsers that read CSP; this to the ones that do not.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
