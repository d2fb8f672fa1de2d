// Bench only: the project's CLI bundle built from the same source with the price bridge swapped out
// at build time (bench/featureCost.bench.ts measures what the bridge costs against it). Only the
// two modules below are replaced; everything else, loaders and externals included, is the project's
// own CLI config. `npx webpack --config bench/webpack.withoutBridge.config.js` writes
// .bench-data/cli-without-bridge/costcard.js (git-ignored, outside dist/ so `npm run build` keeps it).
const path = require("node:path");
const webpack = require("webpack");
const projectConfig = require("../webpack.config.js");

const root = path.resolve(__dirname, "..");
const SWAPPED = {
  [path.join(root, "src/reports/reviewBridge.ts")]: path.join(__dirname, "withoutBridge/reviewBridge.ts"),
  [path.join(root, "src/reports/deliveredUnits.ts")]: path.join(__dirname, "withoutBridge/deliveredUnits.ts"),
};

/** Swaps each module of SWAPPED for its bench stand-in, and fails the build if one was not found. */
function swapPlugins() {
  const swapped = new Set();
  const replace = new webpack.NormalModuleReplacementPlugin(/[\\/]src[\\/]reports[\\/](reviewBridge|deliveredUnits)\.ts$/, ({ createData }) => {
    const replacement = SWAPPED[createData?.resource];
    if (replacement === undefined) return;
    createData.resource = replacement;
    swapped.add(replacement);
  });
  // A module moved or renamed in src would otherwise leave the bridge in without a word.
  const check = {
    apply(compiler) {
      compiler.hooks.afterCompile.tap("WithoutBridgeCheck", (compilation) => {
        const missing = Object.values(SWAPPED).filter((file) => !swapped.has(file));
        if (missing.length > 0) compilation.errors.push(new webpack.WebpackError(`nothing was swapped for ${missing.join(", ")}`));
      });
    },
  };
  return [replace, check];
}

module.exports = (env = {}) => {
  const cli = projectConfig(env, { mode: "production" }).find((config) => config.name === "cli");
  return {
    ...cli,
    name: "cli-without-bridge",
    output: { ...cli.output, path: path.join(root, ".bench-data/cli-without-bridge") },
    plugins: [...cli.plugins, ...swapPlugins()],
  };
};
