#!/usr/bin/env node
// `pnpm size`: min+gz size of what a bundler ships for the whole SDK and for apps that use a single action, with viem
// external, as esbuild bundles dist/index.js with code splitting. The budget applies to the first chunk (what loads
// with the app); the chunks an action loads only when a call fails (error sentences, identifying an address) are
// reported beside it. Fails above any budget.
// esbuild splits by file: whatever a lazily loaded chunk uses of a module the package index re-exports lands in the
// first chunk, so the failure path imports only internal modules (src/utils/explainFailure.ts, identify.ts,
// errors/decodeRevert.ts, deploymentRegistry.ts, generatedRegistry.ts).
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {build} from "esbuild";

const KB = 1024;
// Measured 2026-11-30: whole 32.7 kB; one action 4.7-5.6 kB (was 6.7-7.3 kB while the failure path -- decoding a
// revert, the ERC-6093 errors, identifying a wrong address, the deployments it compares with -- sat in the first chunk,
// and 13-14.8 kB before messages were split per contract). Issue 15's goal, 6 kB for one action, is the budget.
const entries = [
  {name: "whole SDK (export *)", code: "export * from 'SDK';", budget: 33.5 * KB},
  {name: "getTokenInfo", code: "export {getTokenInfo} from 'SDK';", budget: 6 * KB},
  {name: "buyTokens", code: "export {buyTokens} from 'SDK';", budget: 6 * KB},
  {name: "cancelRequest", code: "export {cancelRequest} from 'SDK';", budget: 6 * KB},
];

const sdk = new URL("../dist/index.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "personal-token-size-"));
const kb = (n) => `${(n / KB).toFixed(2)} kB`;
let failed = false;
try {
  for (const [i, entry] of entries.entries()) {
    const file = join(dir, `entry${i}.js`);
    writeFileSync(file, entry.code.replace("'SDK'", JSON.stringify(sdk)));
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      splitting: true,
      outdir: join(dir, `out${i}`),
      external: ["viem", "viem/*"],
      write: false,
      metafile: true,
      logLevel: "error",
    });
    const outputs = result.metafile.outputs;
    const js = Object.keys(outputs).filter((path) => path.endsWith(".js"));
    // What loads with the app: the entry chunk and every chunk it imports statically, transitively.
    const initialChunks = new Set();
    const visit = (path) => {
      if (initialChunks.has(path)) return;
      initialChunks.add(path);
      for (const {path: next, kind} of outputs[path].imports)
        if (kind === "import-statement" && outputs[next]) visit(next);
    };
    // (A chunk loaded by a dynamic import() is an entry point too: the app's is the one built from this entry file.)
    visit(js.find((path) => outputs[path].entryPoint?.endsWith(`entry${i}.js`)));
    const size = (paths) =>
      paths.length ? gzipSync(Buffer.concat(paths.map((p) => Buffer.from(fileOf(p)))), {level: 9}).length : 0;
    const fileOf = (path) => result.outputFiles.find((f) => f.path === join(process.cwd(), path)).contents;
    const initial = size([...initialChunks]);
    const lazy = size(js.filter((path) => !initialChunks.has(path)));
    const over = initial > entry.budget;
    failed ||= over;
    console.log(
      `${entry.name.padEnd(22)} ${kb(initial).padStart(9)} min+gz (budget ${kb(entry.budget)})${lazy ? `, +${kb(lazy)} loaded on a failed call` : ""}${over ? "  OVER BUDGET" : ""}`,
    );
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}
if (failed) {
  console.error("size: over budget (viem external; see scripts/size.mjs)");
  process.exit(1);
}
