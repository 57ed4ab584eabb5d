import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The SDK's setup: one anvil with the protocol deployed by script/Deploy.s.sol and a 6-decimal test USDC, and a
    // snapshot reverted after every test.
    globalSetup: ["../sdk/test/globalSetup.ts"],
    setupFiles: ["../sdk/test/setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
