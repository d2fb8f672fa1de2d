import { makeStyles, Switch, tokens } from "@fluentui/react-components";
import type { ThemeName } from "./theme";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppHeaderProps {
  readonly theme: ThemeName;
  /** Null inside Office, where the pane follows Office's own theme. */
  readonly onThemeChange: ((theme: ThemeName) => void) | null;
}

export function AppHeader({ theme, onThemeChange }: AppHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>Costcard</h1>
      {onThemeChange && (
        <Switch label="Dark theme" checked={theme === "dark"} onChange={(_, data) => onThemeChange(data.checked ? "dark" : "light")} />
      )}
    </header>
  );
}
