// `pnpm generate` (run by prebuild/pretest): writes src/generated.ts from the protocol's forge artifacts in ../../out,
// and src/generatedRegistry.ts from the deploy script's output in ../../deployments with the ERC-6093 errors. The
// output is gitignored and never edited by hand. Two files, because a bundler splits code by file: a write action's
// first chunk carries its contract's ABI, not the addresses and the ERC-20 errors only a failed call needs (`pnpm size`).
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {defineConfig, type Plugin} from "@wagmi/cli";
import {foundry} from "@wagmi/cli/plugins";

const root = join(import.meta.dirname, "../..");

/**
 * The protocol's contracts and their interfaces; everything else in out/ (tests, scripts, mocks, OZ, forge-std) is left out.
 * Credentials comes as its interface only: its ERC-721 surface is the standard one (viem's `erc721Abi`), and leaving it
 * out keeps the SDK entry within its size budget.
 */
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
  "ICredentials",
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

/**
 * The forge artifacts' ABIs without `internalType` (Solidity type names viem never reads): the same types, a smaller
 * bundle for every app.
 */
function withoutInternalTypes(plugin: Plugin): Plugin {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== "internalType")
              .map(([key, v]) => [key, strip(v)]),
          )
        : value;
  return {
    ...plugin,
    async contracts() {
      const contracts = (await plugin.contracts?.()) ?? [];
      return contracts.map((contract) => ({...contract, abi: strip(contract.abi) as typeof contract.abi}));
    },
  };
}

const artifacts = (include: string[]): Plugin =>
  withoutInternalTypes(
    foundry({
      project: root,
      artifacts: "out",
      // `pnpm build` at the root (or `pnpm test:forge` in CI) builds out/; rebuilding here would cost ~90 s under solc-js.
      forge: {build: false, path: join(root, "tools/forge")},
      include,
    }),
  );

export default defineConfig([
  {
    out: "src/generated.ts",
    plugins: [
      artifacts([
        ...contracts.map((name) => `${name}.sol/${name}.json`),
        // OpenZeppelin's EIP-2612 interface: the permit reads (`nonces`, `DOMAIN_SEPARATOR`) of any token paid by permit.
        "IERC20Permit.sol/IERC20Permit.json",
      ]),
    ],
  },
  // ERC-6093 errors: what a protocol call raises through any OpenZeppelin token, decoded by every action.
  {out: "src/generatedRegistry.ts", plugins: [artifacts(["draft-IERC6093.sol/IERC20Errors.json"]), deployments()]},
]);
