#!/usr/bin/env node
// `npm start`: builds the add-in and serves it on port 3000 with webpack's dev server (webpack.config.js),
// over https with the Office dev certificates when they can be had, else over http on 127.0.0.1.
//   npm start                    development build, https if possible
//   npm start -- --production    production build
//   npm start -- --http          skip certificates (the browser preview needs none)
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const mode = args.has("--production") ? "production" : "development";
const PORT = 3000;

function usableCertificate(keyPath, certPath) {
  if (!fs.existsSync(keyPath) || !fs.existsSync(certPath)) return false;
  try {
    return new Date(new X509Certificate(fs.readFileSync(certPath)).validTo) > new Date();
  } catch {
    return false;
  }
}

/**
 * The localhost key and certificate of office-addin-dev-certs. Interactively it also trusts its CA
 * (it may ask for a password, as the OfficeDev templates do); otherwise, or when trusting fails (as
 * root without sudo it fails after writing the files), the generated files are used as they are.
 */
async function devCertificates() {
  const devCerts = require("office-addin-dev-certs");
  const { localhostKeyPath, localhostCertificatePath, caCertificatePath } = require("office-addin-dev-certs/lib/defaults.js");
  if (!usableCertificate(localhostKeyPath, localhostCertificatePath)) {
    try {
      if (process.stdin.isTTY && process.getuid?.() !== 0) await devCerts.ensureCertificatesAreInstalled();
      else await devCerts.generateCertificates();
    } catch (error) {
      console.warn(`office-addin-dev-certs: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    }
  }
  return usableCertificate(localhostKeyPath, localhostCertificatePath)
    ? { key: localhostKeyPath, cert: localhostCertificatePath, ca: caCertificatePath }
    : null;
}

function waitUntilServing(url, secure, attempts = 600) {
  return new Promise((resolve, reject) => {
    const attempt = (left) => {
      // Our own server with our own certificate: readiness is all this checks.
      const request = (secure ? https : http).get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry(left);
      });
      request.on("error", () => retry(left));
    };
    const retry = (left) => (left > 0 ? setTimeout(() => attempt(left - 1), 500) : reject(new Error(`${url} did not answer`)));
    attempt(attempts);
  });
}

function printHowToUse(origin, certificates) {
  const lines = [
    "",
    `Costcard (${mode} build) is served at ${origin}`,
    `  Task pane preview in any browser: ${origin}/taskpane.html   (dark theme: ${origin}/taskpane.html?theme=dark)`,
    `  Manifest: ${path.join(root, "manifest.xml")}`,
    "",
  ];
  if (certificates) {
    lines.push(
      "Sideload the add-in into Excel (manifest.xml points at https://localhost:3000):",
      "  Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, choose manifest.xml.",
      "  Excel on Windows: share a folder holding manifest.xml, add it under File > Options > Trust Center >",
      "    Trust Center Settings > Trusted Add-in Catalogs (Show in Menu), restart Excel, then Home > Add-ins > Shared Folder.",
      "  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.",
      `  Office must trust the certificate's CA (${certificates.ca}): run \`npx office-addin-dev-certs install\` once on your machine if Excel refuses the page.`,
    );
  } else {
    lines.push(
      "Served over plain http: Office loads add-ins only over https, so sideloading needs the dev certificates",
      "  (`npx office-addin-dev-certs install`, then `npm start` again). The browser preview works as it is.",
    );
  }
  console.log(lines.join("\n") + "\n");
}

function certificatesFromEnvironment() {
  const { COSTCARD_DEV_HTTPS_KEY: key, COSTCARD_DEV_HTTPS_CERT: cert } = process.env;
  return key && cert && usableCertificate(key, cert) ? { key, cert, ca: "the CA that signed it" } : null;
}

const certificates = args.has("--http") ? null : (certificatesFromEnvironment() ?? (await devCertificates()));
const origin = certificates ? `https://localhost:${PORT}` : `http://127.0.0.1:${PORT}`;
const env = { ...process.env };
delete env.COSTCARD_DEV_HTTPS_KEY;
delete env.COSTCARD_DEV_HTTPS_CERT;
if (certificates) Object.assign(env, { COSTCARD_DEV_HTTPS_KEY: certificates.key, COSTCARD_DEV_HTTPS_CERT: certificates.cert });

const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", mode], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

waitUntilServing(`${origin}/taskpane.html`, Boolean(certificates)).then(
  () => printHowToUse(origin, certificates),
  (error) => console.error(`npm start: ${error.message}`),
);
