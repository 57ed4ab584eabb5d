// Canary for tools/solc's split compile: the fixtures in src/ compiled in two jobs must give exactly the output of one
// job (the contracts to the byte, the sources, the same diagnostics once each). Run by `pnpm test:canary`.
import {spawnSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {isDeepStrictEqual} from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const solc = join(here, "..", "solc");

function fail(message) {
  process.stderr.write(`solc canary: ${message}\n`);
  process.exit(1);
}

const files = readdirSync(join(here, "src"))
  .filter((file) => file.endsWith(".sol"))
  .sort()
  .map((file) => `src/${file}`);
// What forge asks for, per file (a per-file selection is what lets tools/solc split the job).
const outputs = [
  "abi",
  "evm.bytecode.object",
  "evm.bytecode.sourceMap",
  "evm.bytecode.linkReferences",
  "evm.deployedBytecode.object",
  "evm.deployedBytecode.sourceMap",
  "evm.deployedBytecode.linkReferences",
  "evm.deployedBytecode.immutableReferences",
  "evm.methodIdentifiers",
  "metadata",
  "storageLayout",
];
const input = JSON.stringify({
  language: "Solidity",
  sources: Object.fromEntries(files.map((file) => [file, {content: readFileSync(join(here, file), "utf8")}])),
  settings: {
    optimizer: {enabled: true, runs: 10_000},
    evmVersion: "cancun",
    metadata: {bytecodeHash: "none", appendCBOR: false},
    outputSelection: Object.fromEntries(files.map((file) => [file, {"*": outputs, "": ["ast"]}])),
  },
});

function compile(jobs) {
  const run = spawnSync(process.execPath, [solc, "--standard-json"], {
    input,
    env: {...process.env, SOLC_JOBS: String(jobs), SOLC_JOBS_REPORT: "1"},
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) fail(`tools/solc with SOLC_JOBS=${jobs} exited ${run.status}: ${run.stderr}`);
  const report = /tools\/solc: (\d+) jobs?/.exec(run.stderr.toString())?.[1];
  if (report !== String(jobs)) fail(`SOLC_JOBS=${jobs} compiled in ${report ?? "an unreported number of"} jobs`);
  const output = JSON.parse(run.stdout.toString());
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) fail(`the fixtures do not compile: ${errors[0].formattedMessage}`);
  return output;
}

const diagnostics = (output) => (output.errors ?? []).map((e) => e.formattedMessage).sort();
const one = compile(1);
const split = compile(2);

const contracts = (output) => Object.values(output.contracts ?? {}).flatMap((byName) => Object.keys(byName));
const expected = ["Factory", "IValue", "MathLib", "Token", "UsesLib", "Warns"];
if (!isDeepStrictEqual(contracts(split).sort(), expected)) fail(`two jobs returned ${contracts(split).sort()}`);
if (!isDeepStrictEqual(split.contracts, one.contracts)) {
  const differs = expected.find((name) => {
    const file = `src/${name}.sol`;
    return !isDeepStrictEqual(split.contracts[file]?.[name], one.contracts[file]?.[name]);
  });
  fail(`${differs}'s output differs between one job and two`);
}
if (!isDeepStrictEqual(split.sources, one.sources)) fail("the sources (ids, ASTs) differ between one job and two");
if (!isDeepStrictEqual(diagnostics(split), diagnostics(one))) fail("the diagnostics differ between one job and two");
if (diagnostics(one).length === 0) fail("Warns.sol gave no warning: the diagnostics check would prove nothing");

// The fixtures exercise what a split could break: a contract that deploys one compiled in the other job, and a
// linked library.
const token = one.contracts["src/Token.sol"].Token.evm.bytecode.object;
if (!one.contracts["src/Factory.sol"].Factory.evm.bytecode.object.includes(token)) {
  fail("Factory does not embed Token's creation code");
}
if (!("src/MathLib.sol" in one.contracts["src/UsesLib.sol"].UsesLib.evm.bytecode.linkReferences)) {
  fail("UsesLib has no link reference to MathLib");
}

process.stdout.write(`solc canary: ${files.length} files in two jobs, the same output as one job\n`);
