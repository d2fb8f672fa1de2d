import { makeStyles } from "@fluentui/react-components";

/**
 * Fluent's Dropdown and Combobox bring a 250px minimum width, wider than a task pane's grid cell:
 * every form control fills its cell instead.
 */
export const useControlStyles = makeStyles({
  fill: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  /** A combobox's text input is sized for 20 characters by default: let it shrink with its box. */
  fillInput: { minWidth: 0, width: "100%" },
});
