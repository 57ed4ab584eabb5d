import {readFileSync} from "node:fs";
import {defineConfig} from "vitest/config";

const {version} = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {version: string};

export default defineConfig({
  define: {__SDK_VERSION__: JSON.stringify(version)},
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One anvil with the protocol deployed for the whole run; each test reverts to a snapshot, so files run one at a
    // time against it.
    globalSetup: ["test/globalSetup.ts"],
    setupFiles: ["test/setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000, // catches a hang, not slowness
    hookTimeout: 120_000,
  },
});
