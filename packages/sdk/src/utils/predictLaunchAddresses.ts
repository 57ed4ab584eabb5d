import {type Address, concatHex, encodeAbiParameters, getContractAddress, type Hex, keccak256, toHex} from "viem";
import {type Deployment, getDeployment, type ModuleImplementationKey} from "../deployments.js";
import {InvalidParameterError} from "../errors/validation.js";
import {assertAbiValue, assertAddress} from "./validate.js";

export type PredictLaunchAddressesParameters = {
  /** The chain whose deployment (factory and implementations) to use. Ignored for addresses given explicitly. */
  chainId?: number | undefined;
  /** The account that will send the launch transaction. */
  creator: Address;
  /** The launch salt (bytes32). */
  salt: Hex;
  /** Implementations of the modules launched with the token, in order (addresses or registry keys). */
  modules?: readonly (Address | ModuleImplementationKey)[] | undefined;
  /** Override the registry: factory and implementation addresses. */
  factory?: Address | undefined;
  tokenImplementation?: Address | undefined;
  vestingImplementation?: Address | undefined;
};

export type PredictLaunchAddressesReturnType = {
  token: Address;
  /** The vesting wallet's address (used only if the launch has vesting). */
  vesting: Address;
  /** Each module's address, in the order given. */
  modules: Address[];
};

/**
 * The registry's addresses for an offline computation: these functions take no client, so a missing `chainId` is
 * named as the parameter to pass.
 */
export function offlineDeployment(chainId: number | undefined): Deployment {
  if (chainId === undefined) {
    throw new InvalidParameterError({
      field: "chainId",
      reason:
        "is needed to look the addresses up in the registry (e.g. chainId: 8453): pass it, or pass factory and the implementation addresses",
    });
  }
  return getDeployment(chainId);
}

/** The factory's CREATE2 salt domains, one per kind of clone, so no two kinds can ever share a salt. */
export const TOKEN_SALT_TYPEHASH = /* @__PURE__ */ keccak256(
  /* @__PURE__ */ toHex("PersonalToken(address creator,bytes32 salt)"),
);
export const VESTING_SALT_TYPEHASH = /* @__PURE__ */ keccak256(/* @__PURE__ */ toHex("CreatorVesting(address token)"));
export const MODULE_SALT_TYPEHASH = /* @__PURE__ */ keccak256(
  /* @__PURE__ */ toHex("PersonalTokenModule(address token,uint256 index)"),
);

/** The CREATE2 salt of module `index` of `token`, as the factory computes it. */
export function moduleSalt(token: Address, index: bigint): Hex {
  return hashAbi(["bytes32", "address", "uint256"], [MODULE_SALT_TYPEHASH, token, index]);
}

/**
 * The addresses a launch gets, computed offline (no RPC): the factory clones every contract with CREATE2 from the
 * 55-byte EIP-1167 proxy of its implementation, salted with `keccak256(abi.encode(TOKEN_SALT_TYPEHASH, creator,
 * salt))` for the token, `keccak256(abi.encode(VESTING_SALT_TYPEHASH, token))` for the vesting wallet and
 * `keccak256(abi.encode(MODULE_SALT_TYPEHASH, token, index))` for module `index`.
 * Matches `PersonalTokenFactory.predictAddresses` and `predictModuleAddress`.
 *
 * @example
 * const {token, vesting, modules} = predictLaunchAddresses({chainId: 31337, creator: alex, salt: defaultSalt("ALEX"), modules: ["incomeShareSplitterImplementation"]})
 */
export function predictLaunchAddresses(parameters: PredictLaunchAddressesParameters): PredictLaunchAddressesReturnType {
  const {creator, salt, modules = []} = parameters;
  assertAddress(creator, "creator");
  assertAbiValue({type: "bytes32"}, salt, "salt");
  const known = (key: "factory" | "tokenImplementation" | "vestingImplementation") => {
    const value = parameters[key];
    if (value !== undefined) assertAddress(value, key);
    return value ?? offlineDeployment(parameters.chainId)[key];
  };
  const factory = known("factory");
  const token = cloneAddress(
    factory,
    known("tokenImplementation"),
    hashAbi(["bytes32", "address", "bytes32"], [TOKEN_SALT_TYPEHASH, creator, salt]),
  );
  const vesting = cloneAddress(
    factory,
    known("vestingImplementation"),
    hashAbi(["bytes32", "address"], [VESTING_SALT_TYPEHASH, token]),
  );
  return {
    token,
    vesting,
    modules: modules.map((implementation, index) => {
      const address = implementation.startsWith("0x")
        ? (implementation as Address)
        : offlineDeployment(parameters.chainId)[implementation as ModuleImplementationKey];
      assertAddress(address, `modules[${index}]`);
      return cloneAddress(factory, address, moduleSalt(token, BigInt(index)));
    }),
  };
}

/** The EIP-1167 minimal proxy init code for `implementation`, as OpenZeppelin's `Clones` deploys it. */
export function eip1167InitCode(implementation: Address): Hex {
  return concatHex(["0x3d602d80600a3d3981f3363d3d373d3d3d363d73", implementation, "0x5af43d82803e903d91602b57fd5bf3"]);
}

function cloneAddress(deployer: Address, implementation: Address, salt: Hex): Address {
  return getContractAddress({opcode: "CREATE2", from: deployer, salt, bytecode: eip1167InitCode(implementation)});
}

function hashAbi(types: readonly string[], values: readonly unknown[]): Hex {
  return keccak256(
    encodeAbiParameters(
      types.map((type) => ({type})),
      values,
    ),
  );
}
