const two = (n: number) => String(n).padStart(2, "0");

/** The local date and time of a run as the settings sheet shows it, e.g. 2026-11-26 19:40:05. */
export function runStamp(now: Date): string {
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${date} ${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
}
