// The Content-Security-Policy for the built site: only its own origin, no inline script, no third parties.

/** The policy as sent in a meta tag; `frame-ancestors` only works as a header, so the headers file adds it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow eval of JavaScript).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
