// Three projects: pure Node tests, React components in jsdom, and the built task pane in Chromium.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
const common = {
  // Jest's 5 s default is a timing assertion in disguise: the sample's widths test takes ~4 s on a busy
  // two-core machine. Tests here assert results, never speed (speed is measured in bench/).
  testTimeout: 60_000,
  transform: { "^.+\\.(t|j)sx?$": swc },
  transformIgnorePatterns: ["/node_modules/(?!(.*/node_modules/)?(strip-bom|uuid)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
};
module.exports = {
  // Jest reads testTimeout from the top-level configuration only (jest-circus takes globalConfig.testTimeout):
  // in `common` it was ignored and tests still had 5 s.
  testTimeout: common.testTimeout,
  // The summary reporter ends every run with a plain `N passed, N failed` line, which CI reads.
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.cjs"],
  // Both cores: Jest's default (cores - 1) left one idle on CI's two-core machine.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/integration/**/*.test.ts"] },
    { ...common, displayName: "component", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/component/**/*.test.tsx"], setupFilesAfterEnv: ["<rootDir>/test/component/setup.ts"] },
    { ...common, displayName: "browser", testEnvironment: "node", testMatch: ["<rootDir>/test/browser/**/*.test.ts"], globalSetup: "<rootDir>/test/browser/bundledChromium.mjs" },
  ],
};
