import type {Address} from "viem";
import {type ContractKind, contractKindNames} from "../contracts.js";
import {BaseError} from "./base.js";

/** What an address holds, as {@link identifyContract} tells it. */
export type ContractIdentity =
  /** No code: a wallet (externally owned account) or an address where nothing is deployed. */
  | {kind: "none"}
  /** One of the protocol's contracts on this chain (a token, a vesting wallet or a module is a clone of its implementation). */
  | {kind: Exclude<ContractKind, "erc20">; implementation?: Address | undefined}
  /** An EIP-1167 clone of an implementation that is not one of the protocol's on this chain. */
  | {kind: "clone"; implementation: Address}
  /** Another contract that answers `symbol()`: an ERC-20 such as USDC. */
  | {kind: "erc20"; symbol: string}
  /** Any other contract. */
  | {kind: "contract"};

/** A person's words for what an address holds: "an ERC-20 token (USDC)". */
export function describeContract(identity: ContractIdentity, chainId?: number | undefined): string {
  switch (identity.kind) {
    case "none":
      return "not a contract (no code there: a wallet, or nothing deployed)";
    case "clone":
      return `a clone of ${identity.implementation}, which is not one of the protocol's implementations${chainId === undefined ? "" : ` on chain ${chainId}`}`;
    case "erc20":
      return `an ERC-20 token (${identity.symbol})`;
    case "contract":
      return "a contract that is not part of the protocol";
    default:
      return contractKindNames[identity.kind];
  }
}

export type WrongContractErrorType = WrongContractError & {name: "WrongContractError"};

/**
 * A call went to an address that does not hold the contract it needs: a wallet, an ERC-20, another kind of protocol
 * contract, or a clone of an implementation that is not the protocol's. Thrown instead of viem's "returned no data" or
 * "reverted" when the call fails, and before a write is sent to an address without code.
 */
export class WrongContractError extends BaseError {
  override name = "WrongContractError" as const;
  readonly address: Address;
  /** The kind the call needed there. */
  readonly expected: ContractKind;
  /** What is there instead. */
  readonly actual: ContractIdentity;

  constructor({
    address,
    expected,
    actual,
    field,
    chainId,
    cause,
  }: {
    address: Address;
    expected: ContractKind;
    actual: ContractIdentity;
    field?: string | undefined;
    chainId?: number | undefined;
    cause?: unknown;
  }) {
    super(
      `${field ? `${field} ` : ""}${address} is ${describeContract(actual, chainId)}, not ${contractKindNames[expected]}.`,
      {
        cause,
        details: `Pass the address of ${contractKindNames[expected]}${expected === "token" ? "" : " (getTokenModules lists a token's modules)"}.`,
      },
    );
    this.address = address;
    this.expected = expected;
    this.actual = actual;
  }
}

export type ProtocolNotDeployedErrorType = ProtocolNotDeployedError & {name: "ProtocolNotDeployedError"};

/** The registry's factory address for the client's chain has no code: the protocol is not deployed there yet. */
export class ProtocolNotDeployedError extends BaseError {
  override name = "ProtocolNotDeployedError" as const;
  readonly chainId: number | undefined;
  readonly factory: Address;

  constructor({chainId, factory, cause}: {chainId: number | undefined; factory: Address; cause?: unknown}) {
    super(`The protocol is not deployed on chain ${chainId ?? "(unknown)"} yet: no factory at ${factory}.`, {
      cause,
      details:
        "Deploy it with script/Deploy.s.sol (README, 'Deploy on a new chain'): the addresses are the same on every chain with the CREATE2 deployer. Or pass `factory`.",
    });
    this.chainId = chainId;
    this.factory = factory;
  }
}
