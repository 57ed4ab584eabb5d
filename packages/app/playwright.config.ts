import {execFileSync} from "node:child_process";
import {defineConfig} from "@playwright/test";

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it where missing): `playwright install` cannot download here. */
function chromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {encoding: "utf8"}).trim();
  } catch {
    throw new Error("No chromium on PATH: `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.");
  }
}

// One anvil for the whole run (test/global-setup.ts); every spec reverts it to the same snapshot, so specs run one at
// a time in one worker.
export default defineConfig({
  testDir: "test",
  testMatch: "*.spec.ts",
  globalSetup: "./test/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Timeouts catch a hang, not slowness: a journey takes 7–13 s here and must not fail on a loaded machine.
  timeout: 240_000,
  expect: {timeout: 30_000},
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    viewport: {width: 1280, height: 900},
    launchOptions: {executablePath: chromium(), args: ["--no-sandbox", "--disable-dev-shm-usage"]},
    trace: "off",
  },
});
