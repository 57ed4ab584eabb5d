import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One chain, one Postgres cluster and the indexers for the whole file; files run one at a time.
    fileParallelism: false,
    testTimeout: 180_000, // catches a hang, not slowness
    hookTimeout: 400_000,
  },
});
