// `pnpm generate` (run by prebuild/pretest): writes src/generated.ts from the forge artifacts in ../../out and the
// deploy script's output in ../../deployments. The output is gitignored and never edited by hand.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {defineConfig, type Plugin} from "@wagmi/cli";
import {foundry} from "@wagmi/cli/plugins";

const root = join(import.meta.dirname, "../..");

/** The protocol's contracts and their interfaces; everything else in out/ (tests, scripts, mocks, OZ, forge-std) is left out. */
const contracts = [
  "PersonalToken",
  "PersonalTokenFactory",
  "CreatorVesting",
  "IncomeShareSplitter",
  "TimeEscrow",
  "StakingRewards",
  "HolderPolls",
  "PersonalLoan",
  "IPersonalToken",
  "IPersonalTokenFactory",
  "ICreatorVesting",
  "IIncomeShareSplitter",
  "ITimeEscrow",
  "IStakingRewards",
  "IHolderPolls",
  "IPersonalLoan",
  "IPersonalTokenModule",
];

/**
 * `deployments`: chain id -> addresses, read from every deployments/<chainId>.json that script/Deploy.s.sol wrote.
 * The JSON keys are kept as they are (factory, tokenImplementation, ...), so a new module's implementation appears
 * here as soon as the deploy script records it.
 */
function deployments(): Plugin {
  return {
    name: "Deployments",
    run() {
      const dir = join(root, "deployments");
      const registry: Record<string, Record<string, string>> = {};
      for (const file of readdirSync(dir)
        .filter((name) => /^\d+\.json$/.test(name))
        .sort()) {
        const {chainId, ...addresses} = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
        if (String(chainId) !== file.replace(/\.json$/, "")) {
          throw new Error(`deployments/${file}: chainId ${String(chainId)} does not match the file name`);
        }
        registry[String(chainId)] = Object.fromEntries(
          Object.entries(addresses).map(([key, value]) => {
            if (typeof value !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(value)) {
              throw new Error(`deployments/${file}: ${key} is not an address`);
            }
            return [key, value];
          }),
        );
      }
      const entries = Object.entries(registry)
        .map(([chainId, addresses]) => `  ${chainId}: ${JSON.stringify(addresses, null, 4).replace(/\n}$/, "\n  }")}`)
        .join(",\n");
      return {
        content: `/** Protocol addresses per chain id, from deployments/<chainId>.json (script/Deploy.s.sol). */\nexport const deployments = {\n${entries}\n} as const\n`,
      };
    },
  };
}

export default defineConfig({
  out: "src/generated.ts",
  plugins: [
    foundry({
      project: root,
      artifacts: "out",
      // `pnpm build` at the root (or `pnpm test:forge` in CI) builds out/; rebuilding here would cost ~90 s under solc-js.
      forge: {build: false, path: join(root, "tools/forge")},
      include: contracts.map((name) => `${name}.sol/${name}.json`),
    }),
    deployments(),
  ],
});
