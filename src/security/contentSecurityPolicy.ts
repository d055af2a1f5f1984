/** A Content-Security-Policy as directive name → source list, in the order written. */
export type Policy = Map<string, string[]>;

/** Reads a policy as written in a header or a `<meta http-equiv>`: `default-src 'none'; img-src 'self'`. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back as one line. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Whether a source is a hash of inline code (`'sha256-…'`), which admits that one script or style only. */
export const isHashSource = (source: string) => /^'sha(256|384|512)-/.test(source);
