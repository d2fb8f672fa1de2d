import { FluentProvider, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { AppHeader } from "./AppHeader";
import { markLoad, LOAD_MARKS } from "./loadMarks";
import { OverviewPage } from "./pages/OverviewPage";
import { QuotesPage } from "./pages/QuotesPage";
import { ReviewsPage } from "./pages/ReviewsPage";
import { SettingsPage } from "./pages/SettingsPage";
import { PreviewBanner } from "./PreviewBanner";
import type { TaskpaneSession } from "./session";
import { FLUENT_THEMES, type ThemeName } from "./theme";
import { WorkbookProvider } from "./workbook/WorkbookContext";

const PAGES = {
  overview: { label: "Overview", Page: OverviewPage },
  quotes: { label: "Quotes", Page: QuotesPage },
  reviews: { label: "Reviews", Page: ReviewsPage },
  settings: { label: "Settings", Page: SettingsPage },
} as const;

type PageKey = keyof typeof PAGES;

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  nav: { paddingInline: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // Small tabs fit the four on one row from 320 px; narrower still, they wrap rather than being cut.
  tabs: { flexWrap: "wrap" },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly session: TaskpaneSession;
  readonly initialTheme: ThemeName;
}

export function App({ session, initialTheme }: AppProps) {
  const styles = useStyles();
  const [theme, setTheme] = useState(initialTheme);
  const [page, setPage] = useState<PageKey>("overview");
  const { Page } = PAGES[page];
  useEffect(() => markLoad(LOAD_MARKS.appRendered), []);
  return (
    // Layout on an inner element: Fluent copies the provider's className onto its portals (popups).
    <FluentProvider theme={FLUENT_THEMES[theme]}>
      <div className={styles.root}>
        <WorkbookProvider session={session}>
          <AppHeader theme={theme} onThemeChange={session.host === "preview" ? setTheme : null} />
          {session.host === "preview" && <PreviewBanner reason={session.reason} />}
          <nav className={styles.nav} aria-label="Pages">
            <TabList className={styles.tabs} size="small" selectedValue={page} onTabSelect={(_, data) => setPage(data.value as PageKey)}>
              {Object.entries(PAGES).map(([key, { label }]) => (
                <Tab key={key} value={key} id={`tab-${key}`} aria-controls="page">
                  {label}
                </Tab>
              ))}
            </TabList>
          </nav>
          <main id="page" className={styles.main} role="tabpanel" aria-labelledby={`tab-${page}`}>
            <Page />
          </main>
        </WorkbookProvider>
      </div>
    </FluentProvider>
  );
}
