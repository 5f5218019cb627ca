/** The message to show for something an api call threw, or `fallback` when it carries none. */
export function errorMessage(error: unknown, fallback: string): string {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === "string" && message) return message;
  if (typeof error === "string" && error) return error;
  return fallback;
}
