// The app imports @personal-token/sdk from its dist/ (types included): build it when it is missing or older than its
// sources, as `pnpm test` at the root does before this package's tests anyway.
import {execFileSync} from "node:child_process";
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

const sdk = fileURLToPath(new URL("../../sdk/", import.meta.url));
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((n) => n !== "generated.ts")
      .map((n) => newest(join(path, n))),
  );
};
const dts = join(sdk, "dist/index.d.ts");
if (!existsSync(dts) || statSync(dts).mtimeMs < newest(join(sdk, "src"))) {
  console.log("building @personal-token/sdk (dist/ missing or stale)");
  execFileSync("pnpm", ["--filter", "@personal-token/sdk", "build"], {stdio: "inherit"});
}
