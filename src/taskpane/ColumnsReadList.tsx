import { mergeStyles, Stack, Text } from "@fluentui/react";
import { useId } from "react";
import { type ColumnRead, splitAddress } from "../method";
import { usePaneLanguage } from "./PaneLanguage";

const list = mergeStyles({ margin: 0, paddingLeft: 18 });

/** The column letters of a header cell's address ("Klanten!C2" → "C"). */
const lettersOf = (address: string): string => splitAddress(address).cell.replace(/[$\d]/g, "");

/**
 * One line of the list: the role, its columns with their header texts and the note, e.g.
 * "Omzet: C 'Omzet 2023', D 'Omzet 2024' (gemiddelde van 2 kolommen, in k€)"; "Netwerk: niet gevonden".
 */
export function columnReadLine(read: ColumnRead): string {
  if (read.cells.length === 0) return `${read.label}: ${read.note}`;
  const cells = read.cells.map((cell, i) => `${lettersOf(cell)} '${read.headers[i] ?? ""}'`).join(", ");
  return `${read.label}: ${cells}${read.note ? ` (${read.note})` : ""}`;
}

/** Which columns the run read as what, and which it left out, so a user sees a misreading; nothing when no header was found. */
export function ColumnsReadList({ columns }: { columns: readonly ColumnRead[] }) {
  const { texts } = usePaneLanguage();
  const id = useId();
  if (columns.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text block id={id}>
        {texts.columnsReadIntro}
      </Text>
      <ul aria-labelledby={id} className={list}>
        {columns.map((read) => (
          <li key={`${read.role}-${read.cells.join(",")}`}>
            <Text>{columnReadLine(read)}</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
