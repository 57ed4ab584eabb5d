import {BaseError, type BaseErrorParameters} from "./base.js";

/** An input the SDK refused before any RPC call: `field` names it as the action's parameters do. */
abstract class InvalidFieldError extends BaseError {
  readonly field: string;

  constructor(field: string, shortMessage: string, parameters?: BaseErrorParameters) {
    super(shortMessage, parameters);
    this.field = field;
  }
}

export type InvalidAddressErrorType = InvalidAddressError & {name: "InvalidAddressError"};

/** An input that must be an address is not one (checked before any RPC call). */
export class InvalidAddressError extends InvalidFieldError {
  override name = "InvalidAddressError" as const;
  readonly address: unknown;

  constructor({field, address, checksum = false}: {field: string; address: unknown; checksum?: boolean}) {
    super(
      field,
      checksum
        ? `${field} ${describe(address)} has a wrong checksum (a letter in the wrong case): check the address, or pass it all lowercase.`
        : `${field} must be a 0x-prefixed 20-byte address, got ${describe(address)}.`,
      {details: "Pass a checksummed or lowercase address such as 0x70997970C51812dc3A010C7d01b50e0d17dc79C8."},
    );
    this.address = address;
  }
}

export type InvalidAmountErrorType = InvalidAmountError & {name: "InvalidAmountError"};

/** An amount, count or timestamp is not a bigint in range (checked before any RPC call). */
export class InvalidAmountError extends InvalidFieldError {
  override name = "InvalidAmountError" as const;
  readonly amount: unknown;

  constructor({field, amount, expected}: {field: string; amount: unknown; expected: string}) {
    super(field, `${field} must be ${expected}, got ${describe(amount)}.`, {
      details: "Amounts are bigints in base units: parseUnits('25000', 18) for 25,000 tokens, 20_000_000n for 20 USDC.",
    });
    this.amount = amount;
  }
}

export type InvalidParameterErrorType = InvalidParameterError & {name: "InvalidParameterError"};

/** Any other input the SDK can tell is wrong before sending it (an empty name, a malformed hash, ...). */
export class InvalidParameterError extends InvalidFieldError {
  override name = "InvalidParameterError" as const;

  constructor({field, reason}: {field: string; reason: string}) {
    super(field, `${field} ${reason}.`);
  }
}

export type UnknownChainErrorType = UnknownChainError & {name: "UnknownChainError"};

/** The client's chain has no protocol deployment in the registry and no address was passed explicitly. */
export class UnknownChainError extends BaseError {
  override name = "UnknownChainError" as const;
  readonly chainId: number | undefined;

  constructor({chainId, knownChainIds}: {chainId: number | undefined; knownChainIds: readonly number[]}) {
    super(
      chainId === undefined
        ? "No chain id: create the client with `chain` set (or pass `chainId` where the function takes it), or pass the contract addresses explicitly."
        : `The protocol is not deployed on chain ${chainId} (known chains: ${knownChainIds.join(", ")}).`,
      {details: "Pass `factory` (or the implementation address) explicitly, or switch the client to a known chain."},
    );
    this.chainId = chainId;
  }
}

export type AccountNotFoundErrorType = AccountNotFoundError & {name: "AccountNotFoundError"};

/** A write was called without an account on the client or in the parameters. */
export class AccountNotFoundError extends BaseError {
  override name = "AccountNotFoundError" as const;

  constructor({action}: {action: string}) {
    super(`${action} needs an account: create the wallet client with \`account\`, or pass \`account\`.`);
  }
}

export type ValidationErrorType =
  | InvalidAddressErrorType
  | InvalidAmountErrorType
  | InvalidParameterErrorType
  | UnknownChainErrorType
  | AccountNotFoundErrorType;

function describe(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  try {
    return `${JSON.stringify(value)} (${typeof value})`;
  } catch {
    return typeof value;
  }
}
