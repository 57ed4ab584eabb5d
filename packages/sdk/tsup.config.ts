import {readFileSync} from "node:fs";
import {defineConfig} from "tsup";

const {version} = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {version: string};

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // viem is a peer dependency: never bundled.
  external: ["viem"],
  define: {__SDK_VERSION__: JSON.stringify(version)},
});
