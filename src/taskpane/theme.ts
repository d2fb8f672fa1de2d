import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

export const FLUENT_THEMES: Readonly<Record<ThemeName, Theme>> = { light: webLightTheme, dark: webDarkTheme };

/** Office reports its theme as colours, not a name: a dark body background means a dark theme. */
export function themeFromOfficeColors(bodyBackgroundColor: string | undefined): ThemeName {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as [number, number, number];
  // Relative luminance (WCAG 2): below the midpoint the background reads as dark.
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.5 ? "dark" : "light";
}

/** The preview's `?theme=dark` (or `light`) query, for trying and testing both themes in a browser. */
export function themeFromQuery(search: string): ThemeName | null {
  const wanted = new URLSearchParams(search).get("theme");
  return wanted === "dark" || wanted === "light" ? wanted : null;
}
