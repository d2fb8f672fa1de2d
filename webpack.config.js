// Two builds from one source tree: the web add-in (custom functions + task pane, one shared
// runtime) and the Node CLI. `webpack serve` builds only the web add-in.
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// The host written in manifest.xml and in each function's @helpurl; COSTCARD_PUBLIC_URL moves a
// build to another host without editing either file.
const DEV_HOST = "https://localhost:3000";
const publicUrl = (process.env.COSTCARD_PUBLIC_URL || DEV_HOST).replace(/\/+$/, "");
const withPublicUrl = (text) => text.split(DEV_HOST).join(publicUrl);

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json"), compilerOptions: { noEmit: false } },
  },
};
const resolve = { extensions: [".ts", ".tsx", ".js", ".mjs"] };

// The custom functions must register before the task pane's UI loads, and both need office.js
// first. A template that does not load office.js itself gets the CDN script as the first tag.
class OfficeJsFirstPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsFirstPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).afterTemplateExecution.tap("OfficeJsFirstPlugin", (data) => {
        if (!data.html.includes(OFFICE_JS)) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src: OFFICE_JS }));
        }
        return data;
      });
    });
  }
}

class PublicUrlInFunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublicUrlInFunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublicUrlInFunctionsJsonPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (asset && publicUrl !== DEV_HOST) {
            compilation.updateAsset("functions.json", new webpack.sources.RawSource(withPublicUrl(asset.source.source().toString())));
          }
        },
      );
    });
  }
}

function devServer() {
  const key = process.env.COSTCARD_DEV_HTTPS_KEY;
  const cert = process.env.COSTCARD_DEV_HTTPS_CERT;
  const https = Boolean(key && cert && fs.existsSync(key) && fs.existsSync(cert));
  return {
    host: https ? "localhost" : "127.0.0.1",
    port: 3000,
    server: https ? { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } } : "http",
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    client: { overlay: false },
  };
}

function webAddIn(mode) {
  return {
    name: "web",
    mode,
    target: "web",
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
    },
    resolve,
    module: { rules: [typescriptRule] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new PublicUrlInFunctionsJsonPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      new OfficeJsFirstPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => withPublicUrl(content.toString()) },
          { from: "assets", to: "assets" },
          { from: "docs/functions.md", to: "help/functions.html", transform: async (content) => (await import("./scripts/help-page.mjs")).renderHelpPage(content.toString()) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: devServer(),
  };
}

// Every package the project depends on is installed beside the CLI, so it stays out of the bundle.
const installedPackages = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
function packageName(request) {
  const parts = request.split("/");
  return request.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

class ExecutablePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ExecutablePlugin", () => {
      const file = path.join(compiler.options.output.path, compiler.options.output.filename);
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

function cli(mode) {
  return {
    name: "cli",
    mode,
    target: "node20",
    devtool: false,
    entry: "./src/cli/costcard.ts",
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "costcard.js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule] },
    externalsPresets: { node: true },
    externals: [
      ({ request }, callback) =>
        installedPackages.has(packageName(request)) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }), new ExecutablePlugin()],
    performance: { hints: false },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  return env.WEBPACK_SERVE ? [webAddIn(mode)] : [webAddIn(mode), cli(mode)];
};
