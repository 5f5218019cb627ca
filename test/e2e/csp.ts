/** One Content-Security-Policy: each directive with its sources. */
export type Policy = Record<string, string[]>;

/** The content of every Content-Security-Policy meta tag of a page (quoted or, when minified, not). */
export function cspMetas(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\shttp-equiv=["']?Content-Security-Policy["'\s>]/i.test(tag))
    .map((tag) => /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag))
    .map((m) => (m ? (m[1] ?? m[2]) : ""));
}

/** Splits a policy into its directives and their sources. */
export function parsePolicy(policy: string): Policy {
  return Object.fromEntries(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}
