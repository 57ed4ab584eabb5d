#!/usr/bin/env node
// `pnpm check:package`: packs the package as it would be published (dist must be built), checks the tarball holds
// what a consumer needs (ESM, CJS, both .d.ts, README, LICENSE) and nothing of the sources, and that the README's
// links work outside the repository, then runs @arethetypeswrong/cli on that tarball. `attw --pack` would re-run
// `prepack` (a full build); this packs once without it.
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

const dir = mkdtempSync(join(tmpdir(), "personal-token-sdk-pack-"));
try {
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );
  const files = pack.files.map((f) => f.path).sort();
  const required = [
    "LICENSE",
    "README.md",
    "package.json",
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
  ];
  const missing = required.filter((f) => !files.includes(f));
  const unexpected = files.filter((f) => !f.startsWith("dist/") && !required.includes(f));
  console.log(`${pack.filename}: ${files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed`);
  if (missing.length || unexpected.length) {
    console.error(`pack: missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(unexpected)}`);
    process.exit(1);
  }
  // The README is read on npm, outside this repository: a relative link works only if its target is in the tarball.
  const readme = readFileSync("README.md", "utf8");
  const broken = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .filter((target) => !files.includes(target.replace(/^\.\//, "").replace(/#.*$/, "")));
  if (broken.length) {
    console.error(`README.md links to files the package does not hold: ${broken.join(", ")}`);
    process.exit(1);
  }
  execFileSync("attw", [join(dir, pack.filename), "--profile", "node16"], {stdio: "inherit"});
} finally {
  rmSync(dir, {recursive: true, force: true});
}
