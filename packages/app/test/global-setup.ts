// Once per run: anvil from the shared harness with the protocol deployed by script/Deploy.s.sol, the local USDC, the
// app built for the local chain and served with /rpc proxied to that anvil. Specs read the URLs and the snapshot from
// the environment and revert to it (test/fixtures.ts).
import {execFileSync} from "node:child_process";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {deployProtocol, startAnvil} from "../../../tools/anvil.mjs";
import {serveApp} from "../scripts/serve.mjs";
import {chain, deployUsdc} from "./chain.js";

const APP = fileURLToPath(new URL("..", import.meta.url));

export default async function globalSetup() {
  const started = performance.now();
  const anvil = await startAnvil({accounts: 40});
  try {
    await deployProtocol(anvil.url);
    const c = chain(anvil.url);
    const usdc = await deployUsdc(c);
    if (!process.env.APP_SKIP_BUILD) {
      execFileSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], {
        cwd: APP,
        stdio: "inherit",
        env: {...process.env, VITE_CHAIN_ID: "31337"},
      });
    }
    const server = await serveApp({rpcUrl: anvil.url});
    process.env.APP_URL = server.url;
    process.env.RPC_URL = anvil.url;
    process.env.USDC = usdc;
    process.env.SNAPSHOT_FILE = join(mkdtempSync(join(tmpdir(), "app-test-")), "snapshot");
    writeFileSync(process.env.SNAPSHOT_FILE, await c.snapshot());
    console.log(
      `global setup: anvil ${anvil.url}, app ${server.url} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return async () => {
      await server.close();
      await anvil.stop();
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}
