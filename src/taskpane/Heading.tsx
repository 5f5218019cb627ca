import { mergeStyles, useTheme, type IFontStyles } from "@fluentui/react";
import { forwardRef, type ReactNode } from "react";

const FONTS: Record<1 | 2 | 3 | 4, keyof IFontStyles> = {
  1: "xLarge",
  2: "large",
  3: "mediumPlus",
  4: "medium",
};

/** Props of a heading: its level in the page outline and its text. */
export interface HeadingProps {
  level: 1 | 2 | 3 | 4;
  id?: string;
  children: ReactNode;
}

/** A real h1–h4 in Fluent's type ramp, so the pane has a heading outline screen readers can jump through. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, id, children },
  ref,
) {
  const theme = useTheme();
  const className = mergeStyles(theme.fonts[FONTS[level]], { margin: 0, fontWeight: 600 });
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} ref={ref} className={className}>
      {children}
    </Tag>
  );
});
