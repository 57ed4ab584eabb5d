import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The SDK's setup: one anvil with the protocol deployed by script/Deploy.s.sol and a 6-decimal test USDC, and a
    // snapshot reverted after every test.
    globalSetup: ["../sdk/test/globalSetup.ts"],
    setupFiles: ["../sdk/test/setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000, // catches a hang, not slowness (a command story takes ~10 s here, ~60 s on a loaded machine)
    hookTimeout: 120_000,
  },
});
