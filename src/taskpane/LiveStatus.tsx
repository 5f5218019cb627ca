import { mergeStyles, hiddenContentStyle } from "@fluentui/react";

const hidden = mergeStyles(hiddenContentStyle);

/** A visually hidden, always present status region: screen readers announce each new text politely. */
export function LiveStatus({ text }: { text: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={hidden}>
      {text}
    </div>
  );
}
