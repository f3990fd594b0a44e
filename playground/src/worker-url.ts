/**
 * The lint worker's script URL. The page enforces Trusted Types (see the
 * CSP in index.html), under which `new Worker()` only takes a TrustedScriptURL:
 * this module's policy is the only one allowed, and it admits only a script
 * of the page's own origin.
 */
interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

export const WORKER_POLICY = 'mlsd-lint-worker';

export function workerScriptUrl(url: URL): string | URL {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url; // a browser without Trusted Types: nothing to satisfy
  const policy = tt.createPolicy(WORKER_POLICY, {
    createScriptURL(candidate) {
      if (new URL(candidate, location.href).origin !== location.origin) throw new TypeError(`not this page's script: ${candidate}`);
      return candidate;
    },
  });
  // a TrustedScriptURL is accepted wherever a script URL string is
  return policy.createScriptURL(url.href) as string;
}
