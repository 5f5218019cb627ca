import { type RefObject, useEffect } from "react";

/** How long a revealed message is kept in view while it grows (Fluent renders a MessageBar's text a moment later). */
const SETTLING_MS = 1000;

/**
 * Moves the focus to an element and brings it fully into view whenever `trigger` changes to something
 * other than null, and keeps it in view while it grows during the next second: a message appears where
 * the user's eyes are, even at the bottom of a 320 px pane.
 */
export function useReveal(element: RefObject<HTMLElement>, trigger: unknown): void {
  useEffect(() => {
    const shown = element.current;
    if (trigger === null || trigger === undefined || !shown) return;
    shown.focus({ preventScroll: true });
    const reveal = () => shown.scrollIntoView?.({ block: "nearest" });
    reveal();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(reveal);
    observer.observe(shown);
    const settled = setTimeout(() => observer.disconnect(), SETTLING_MS);
    return () => {
      clearTimeout(settled);
      observer.disconnect();
    };
  }, [element, trigger]);
}
