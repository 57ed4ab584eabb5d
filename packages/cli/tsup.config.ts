import {readFileSync} from "node:fs";
import {defineConfig} from "tsup";

const {version} = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {version: string};

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  banner: {js: "#!/usr/bin/env node"},
  define: {__CLI_VERSION__: JSON.stringify(version)},
});
