import type { Frame } from "playwright-core";

/**
 * Every piece of text in the pane's document that does not fit, as readable lines (empty when all fits):
 * a page wider than the pane (a horizontal scrollbar, or text clipped by the page's overflow-x: hidden);
 * an element wider inside than its box while its overflow is visible, hidden or clip, or higher inside
 * while its overflow is hidden or clip, with text of it reaching out of the box (spilling out sideways,
 * or cut off with or without an ellipsis; a box widened only by layout, such as Fluent's wrapping Stack
 * with its negative margins, is no overflow, nor is the 1 px line height Fluent centres a prefix with);
 * an element's box or a line of text (its client rects, measured with a Range) reaching past the pane's
 * left or right edge. Visually hidden elements (screen-reader text, invisible native inputs) are
 * skipped; a scrolling box (overflow auto or scroll) may be bigger inside than outside.
 */
export function overflowingText(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found = new Set<string>();
    const root = document.documentElement;
    const edge = root.clientWidth;
    const TOLERANCE = 1;
    const shortText = (text: string) => {
      const words = text.replace(/\s+/g, " ").trim();
      return words.length > 90 ? `${words.slice(0, 87)}…` : words;
    };
    const describe = (el: Element) => {
      const classes = [...el.classList].filter((c) => c.startsWith("ms-")).slice(0, 2);
      return `<${el.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join("")}> "${shortText(el.textContent ?? "")}"`;
    };
    const unseen = new Map<Element, boolean>();
    const isUnseen = (el: Element | null): boolean => {
      if (!el || el === root) return false;
      const known = unseen.get(el);
      if (known !== undefined) return known;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const self =
        style.display === "none" ||
        style.visibility === "hidden" ||
        style.opacity === "0" ||
        style.clip === "rect(0px, 0px, 0px, 0px)" ||
        (style.overflow === "hidden" && box.width <= 1 && box.height <= 1);
      const answer = self || isUnseen(el.parentElement);
      unseen.set(el, answer);
      return answer;
    };

    const range = document.createRange();
    /** Whether a visible line of text inside `el` reaches out of [from, to] (client coordinates) on an axis. */
    const textPast = (el: Element, axis: "x" | "y", from: number, to: number) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || isUnseen(node.parentElement)) continue;
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          const [start, end] = axis === "x" ? [rect.left, rect.right] : [rect.top, rect.bottom];
          if (rect.width > 0 && (end > to + TOLERANCE || start < from - TOLERANCE)) return true;
        }
      }
      return false;
    };

    if (root.scrollWidth > edge + TOLERANCE || document.body.scrollWidth > edge + TOLERANCE) {
      found.add(
        `the pane is ${Math.max(root.scrollWidth, document.body.scrollWidth)} px wide in a ${edge} px frame (scrolls or clips sideways)`,
      );
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (isUnseen(el)) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const left = box.left + el.clientLeft;
      const top = box.top + el.clientTop;
      const scrollsX = ["auto", "scroll"].includes(style.overflowX);
      const clipsY = ["hidden", "clip"].includes(style.overflowY);
      const wider =
        !scrollsX &&
        el.clientWidth > 0 &&
        el.scrollWidth > el.clientWidth + TOLERANCE &&
        textPast(el, "x", left, left + el.clientWidth);
      const taller =
        clipsY &&
        el.clientHeight > 0 &&
        el.scrollHeight > el.clientHeight + TOLERANCE &&
        textPast(el, "y", top, top + el.clientHeight);
      if (wider || taller) {
        const size = wider
          ? `${el.scrollWidth} px wide but its box is ${el.clientWidth} px`
          : `${el.scrollHeight} px high but its box is ${el.clientHeight} px`;
        found.add(`${describe(el)} needs ${size} (overflow: ${wider ? style.overflowX : style.overflowY})`);
      }
      if (box.right > edge + TOLERANCE || box.left < -TOLERANCE) {
        found.add(
          `${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, past the pane's 0–${edge} px`,
        );
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || isUnseen(node.parentElement)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && (rect.right > edge + TOLERANCE || rect.left < -TOLERANCE)) {
          found.add(
            `text "${shortText(node.textContent)}" runs to ${Math.round(rect.right)} px, past the pane's ${edge} px`,
          );
          break;
        }
      }
    }
    return [...found];
  });
}
