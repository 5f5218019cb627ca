const two = (n: number) => String(n).padStart(2, "0");

/** The local date and time of a run with its token, as the settings sheet shows it: 2026-11-26 19:40:05 (run 4f2a9c). */
export function runStamp(now: Date, token: string): string {
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${date} ${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())} (run ${token})`;
}

/** A short random token for a run. */
export function runToken(): string {
  return Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, "0");
}
