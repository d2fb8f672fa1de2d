import { makeStyles } from "@fluentui/react-components";

/** Numbers in the pane's tables: right-aligned in figures of one width, so they line up by place; their header aligned with them. */
export const useNumberCellStyles = makeStyles({
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "end", textAlign: "end" },
});
