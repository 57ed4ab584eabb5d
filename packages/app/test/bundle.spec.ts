// The production bundle: built for a real chain (Base Sepolia), it carries no dev wallet — no mnemonic, no code of
// src/dev/ — and its initial JavaScript (the entry chunk and what it imports statically) stays within 200 kB min+gz.
// Also reports what opening a token page downloads. No browser needed.
import {execFileSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {gzipSync} from "node:zlib";
import {expect, test} from "@playwright/test";
import {serveApp} from "../scripts/serve.mjs";

const APP = fileURLToPath(new URL("..", import.meta.url));
const BUDGET = 200_000; // bytes of minified + gzipped JavaScript before the first screen
// The mnemonic, the wallet's labels, and its chunk (imported as "./devWallet-<hash>.js" when compiled in).
const DEV_WALLET_MARKERS = ["test test test", "Dev wallet", "Reject next request", "alice (supporter)", "devWallet-"];

type Manifest = Record<string, {file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]}>;

function build(env: Record<string, string>) {
  const outDir = mkdtempSync(join(tmpdir(), "app-build-"));
  execFileSync(
    "pnpm",
    ["exec", "vite", "build", "--outDir", outDir, "--emptyOutDir", "--manifest", "--logLevel", "warn"],
    {
      cwd: APP,
      stdio: "inherit",
      env: {...process.env, ...env},
    },
  );
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Manifest;
  const js = readdirSync(join(outDir, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(outDir, "assets", f), "utf8"));
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), {level: 9}).length;
  /** The chunk of `key` and everything it imports statically, min+gz. */
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const dep of manifest[key]?.imports ?? []) visit(dep);
    };
    for (const key of keys) visit(key);
    return [...seen].reduce((sum, key) => sum + gz((manifest[key] as {file: string}).file), 0);
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry) as string;
  return {js, manifest, entry, closure, outDir};
}

test("the production bundle has no dev wallet and fits the initial-JS budget", async ({page}) => {
  test.setTimeout(240_000);
  const production = build({VITE_CHAIN_ID: "84532", VITE_RPC_URL: "https://sepolia.base.org"});
  for (const marker of DEV_WALLET_MARKERS) {
    expect(production.js.filter((code) => code.includes(marker)).length, `"${marker}" in the production bundle`).toBe(
      0,
    );
  }
  const initial = production.closure([production.entry]);
  const tokenPage = production.closure([production.entry, "src/pages/Token.tsx"]);
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`initial JS ${kB(initial)} min+gz (budget ${kB(BUDGET)}); with the token page ${kB(tokenPage)}`);
  test
    .info()
    .annotations.push(
      {type: "initial-js", description: kB(initial)},
      {type: "token-page-js", description: kB(tokenPage)},
    );
  expect(initial).toBeLessThanOrEqual(BUDGET);

  // It boots: no dev wallet to connect, and it says the SDK has no deployment on that chain yet.
  const server = await serveApp({rpcUrl: "http://127.0.0.1:9", dist: `${production.outDir}/`});
  try {
    await page.goto(server.url);
    await expect(page.getByRole("heading", {name: "Personal tokens"})).toBeVisible();
    await expect(page.getByText("The SDK has no deployment of the protocol on chain 84532 yet.")).toBeVisible();
    await expect(page.getByRole("button", {name: /Dev wallet/})).toHaveCount(0);
    await expect(page.getByText(/Dev wallet/)).toHaveCount(0);
  } finally {
    await server.close();
  }

  // The check can see a dev wallet: the local build has one.
  const local = readdirSync(join(APP, "dist/assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(APP, "dist/assets", f), "utf8"));
  for (const marker of DEV_WALLET_MARKERS)
    expect(
      local.some((code) => code.includes(marker)),
      marker,
    ).toBe(true);
});
