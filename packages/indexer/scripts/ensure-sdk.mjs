// `pretest`: the indexer's config and handlers import @personal-token/sdk's built dist/ (its generated ABIs and the
// deployments registry). Under `pnpm test` the SDK's own tests have built it already; alone, build it once here.
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";

if (!existsSync(new URL("../../sdk/dist/index.js", import.meta.url))) {
  const {status} = spawnSync("pnpm", ["--filter", "@personal-token/sdk", "build"], {stdio: "inherit"});
  process.exit(status ?? 1);
}
