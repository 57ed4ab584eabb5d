// `pretest` of every package that imports @personal-token/sdk from its built dist/ (cli, app, indexer, the gated
// chat): builds the SDK when dist/ is missing or older than any of its sources (src/, generated.ts included), and
// otherwise does nothing. Under `pnpm test` the SDK's own tests run first and build it, so the packages after it do not
// pay for the same build again; run alone, a package still tests against an SDK built from the current sources.
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

const sdk = fileURLToPath(new URL("../packages/sdk/", import.meta.url));

/** The newest modification time under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = join(sdk, "dist/index.d.ts");
const sources = [join(sdk, "src"), join(sdk, "package.json"), join(sdk, "tsup.config.ts")];
if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest))) {
  console.log("building @personal-token/sdk (dist/ missing or older than its sources)");
  const {status} = spawnSync("pnpm", ["--filter", "@personal-token/sdk", "build"], {stdio: "inherit"});
  process.exit(status ?? 1);
}
