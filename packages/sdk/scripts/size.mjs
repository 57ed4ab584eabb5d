#!/usr/bin/env node
// `pnpm size`: min+gz size of the ESM entry (dist/index.js) with viem external, as a bundler would ship it.
// Fails above the budget so the core entry stays small.
import {gzipSync} from "node:zlib";
import {build} from "esbuild";

// Each module brings its ABI and a message per custom error: the personal loan added ~3 kB (23.3 -> 26.4 kB).
const BUDGET = 27 * 1024;

const result = await build({
  entryPoints: [new URL("../dist/index.js", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  external: ["viem", "viem/*"],
  write: false,
  treeShaking: true,
});
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
console.log(
  `@personal-token/sdk ESM entry: ${kb(code.length)} min, ${kb(gz)} min+gz (budget ${kb(BUDGET)}, viem external)`,
);
if (gz > BUDGET) {
  console.error(`size: ${kb(gz)} min+gz is over the ${kb(BUDGET)} budget`);
  process.exit(1);
}
