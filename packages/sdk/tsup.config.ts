import {readFileSync} from "node:fs";
import {defineConfig, type Options} from "tsup";

const {version} = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {version: string};

const shared: Options = {
  sourcemap: true,
  target: "es2022",
  // viem is a peer dependency: never bundled.
  external: ["viem"],
  define: {__SDK_VERSION__: JSON.stringify(version)},
};

export default defineConfig([
  {
    ...shared,
    // ESM as viem ships it: one file per module, so an app's bundler keeps only the modules its actions import and
    // puts what a failed call loads (error sentences, identifying an address) in chunks of their own (`pnpm size`).
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts"],
    format: ["esm"],
    bundle: false,
    dts: {entry: "src/index.ts"},
  },
  // CJS: one bundled file; its index.d.cts is a copy of the bundled index.d.ts (package.json "build").
  {...shared, entry: ["src/index.ts"], format: ["cjs"]},
]);
