import {readFileSync} from "node:fs";
import {defineConfig} from "tsup";

const {version} = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {version: string};

// One self-contained file: every dependency (viem, the SDK, commander, …) is bundled in, so each run of the CLI loads
// one module instead of resolving hundreds (about half its start-up time) and an install pulls nothing else. The
// lazily loaded parts (the SDK's error sentences) become inline chunks of the same file.
export default defineConfig({
  entry: ["src/cli.ts"],
  noExternal: [/.*/],
  splitting: false,
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  // CommonJS dependencies bundled into ESM call `require` for Node's built-ins: give them one.
  banner: {
    js: "#!/usr/bin/env node\nimport {createRequire} from 'node:module';\nconst require = createRequire(import.meta.url);",
  },
  define: {__CLI_VERSION__: JSON.stringify(version)},
});
