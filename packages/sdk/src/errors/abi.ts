import {creatorVestingAbi, personalTokenAbi, personalTokenFactoryAbi} from "../generated.js";
import {protocolModules} from "../modules/registry.js";

/** The core contracts' ABIs, then every module's from the registry. */
const abis = () =>
  [
    personalTokenAbi,
    personalTokenFactoryAbi,
    creatorVestingAbi,
    ...Object.values(protocolModules).map((module) => module.abi),
  ] as const;

type ModuleAbi = (typeof protocolModules)[keyof typeof protocolModules]["abi"];

/** Every custom error of the protocol's contracts (with the OpenZeppelin errors they can raise), from the generated ABIs. */
export type ProtocolErrorAbiItem = Extract<
  (typeof personalTokenAbi | typeof personalTokenFactoryAbi | typeof creatorVestingAbi | ModuleAbi)[number],
  {type: "error"}
>;

/** A custom error's name, e.g. `"TimeEscrow_TooEarly"`. */
export type ProtocolErrorName = ProtocolErrorAbiItem["name"];

/**
 * One ABI with every protocol error, deduplicated by name. A revert from any covered contract (or from the personal
 * token it calls, e.g. `ERC20InsufficientAllowance`) decodes against it.
 */
export const protocolErrorsAbi: readonly ProtocolErrorAbiItem[] = /* @__PURE__ */ (() => {
  const byName = new Map<string, ProtocolErrorAbiItem>();
  for (const abi of abis()) {
    for (const item of abi as readonly {type: string; name?: string}[]) {
      if (item.type === "error" && item.name !== undefined && !byName.has(item.name)) {
        byName.set(item.name, item as ProtocolErrorAbiItem);
      }
    }
  }
  return [...byName.values()];
})();
