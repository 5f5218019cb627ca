import { Stack, Text } from "@fluentui/react";
import { Heading } from "./Heading";
import { usePaneLanguage } from "./PaneLanguage";

/** The pane's banner: the product name and what it does in one line. */
export function Header() {
  const { texts } = usePaneLanguage();
  return (
    <Stack as="header" tokens={{ childrenGap: 4 }}>
      <Heading level={1}>{texts.productName}</Heading>
      <Text block>{texts.tagline}</Text>
    </Stack>
  );
}
