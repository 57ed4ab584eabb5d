// The launch description: from flags, or a JSON/TOML file (keys in snake_case or camelCase; `${VAR}` in a string is
// read from the environment). Everything is checked here, offline, with the field's path in the message.
import {extname} from "node:path";
import {parse as parseToml} from "smol-toml";
import {type Address, type Hex, isHex} from "viem";
import {UsageError} from "./errors.js";
import {readTextFile} from "./files.js";
import {parseAddress, parseAmount, parseDuration, TOKEN_DECIMALS} from "./parse.js";

type Raw = Record<string, unknown>;

export type AllocationSpec = {recipient: Address | "creator"; amount: bigint};
export type IsaSpec = {
  tokens: bigint;
  /** The payment asset, or "ETH". */
  paymentAsset: Address | "ETH";
  /** Either the price of one whole token or the total raise, in the payment asset's human units (decimals read later). */
  price?: string;
  raise?: string;
  softCap: bigint;
  saleStart?: string;
  saleDuration: bigint;
  shareBps: number;
  periodLength: bigint;
  periods?: number;
  term?: bigint;
  gracePeriod: bigint;
  payoutCap?: string;
  transferableShares: boolean;
};
export type OfferSpec = {
  pricePerUnit: bigint;
  unitLength: bigint;
  capacity: number;
  open: boolean;
  burn: boolean;
  uri: string;
};
export type TimeSpec = {
  arbiter?: Address;
  arbitrationTimeout: bigint;
  confirmationWindow: bigint;
  deliveryGrace: bigint;
  capacityPeriod: bigint;
  offers: OfferSpec[];
};
export type StakingSpec = {
  /** The staking token: the personal token itself unless an address is given. */
  stakingToken?: Address;
  /** The reward token: the personal token itself unless an address is given. */
  rewardToken?: Address;
  /** Rewards minted to the campaign at launch (personal-token rewards only), streamed over `duration`. */
  rewards: bigint;
  duration: bigint;
};
export type PollsSpec = Raw;
/** A credential class at launch; `validUntil` is a time ("+1y", unix seconds, ISO date) read against the chain's clock. */
export type CredentialClassSpec = {uri: string; validFor: bigint; validUntil?: string; revocable: boolean};
export type CredentialsSpec = {classes: CredentialClassSpec[]};
export type LaunchSpec = {
  name: string;
  symbol: string;
  contractURI: string;
  supply: bigint;
  salt?: Hex;
  allocations?: AllocationSpec[];
  vesting?: {amount: bigint; cliff: bigint; duration: bigint};
  isa?: IsaSpec;
  time?: TimeSpec;
  staking?: StakingSpec;
  polls?: PollsSpec;
  credentials?: CredentialsSpec;
};

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/-/g, "_");

/** The keys a launch file may have, by section, in snake_case (camelCase and kebab-case read the same). */
const KEYS = {
  launch: [
    "name",
    "symbol",
    "contract_uri",
    "supply",
    "salt",
    "allocations",
    "vesting",
    "isa",
    "time",
    "staking",
    "polls",
    "credentials",
  ],
  allocation: ["recipient", "amount"],
  vesting: ["amount", "cliff", "duration"],
  isa: [
    "tokens",
    "payment_asset",
    "price",
    "raise",
    "soft_cap",
    "sale_start",
    "sale_duration",
    "share",
    "period",
    "periods",
    "term",
    "grace_period",
    "payout_cap",
    "transferable_shares",
  ],
  time: ["arbiter", "arbitration_timeout", "confirmation_window", "delivery_grace", "capacity_period", "offers"],
  offer: ["price", "unit", "capacity", "open", "burn", "uri"],
  staking: ["staking_token", "reward_token", "rewards", "duration"],
  polls: [],
  credentials: ["classes"],
  credentialClass: ["uri", "valid_for", "valid_until", "revocable"],
} as const;

/** A config object's fields by snake_case name, refusing unknown ones (a typo must not be silently ignored). */
class Fields<K extends string> {
  private readonly values = new Map<string, unknown>();
  constructor(
    raw: unknown,
    readonly path: string,
    allowed: readonly K[],
  ) {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      throw new UsageError(`${path || "config"}: must be a table/object`);
    for (const [key, value] of Object.entries(raw as Raw)) {
      const name = snake(key);
      if (!(allowed as readonly string[]).includes(name)) {
        throw new UsageError(`${this.at(key)}: unknown field (expected one of: ${allowed.join(", ")})`);
      }
      this.values.set(name, value);
    }
  }
  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }
  has(key: K): boolean {
    return this.values.get(key) !== undefined;
  }
  raw(key: K): unknown {
    return this.values.get(key);
  }
  string(key: K, fallback?: string): string {
    const value = this.values.get(key) ?? fallback;
    if (value === undefined) throw new UsageError(`${this.at(key)}: required`);
    if (typeof value !== "string" && typeof value !== "number")
      throw new UsageError(`${this.at(key)}: must be a string`);
    return interpolate(String(value), this.at(key));
  }
  optionalString(key: K): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }
  amount(key: K, {fallback, allowZero = false}: {fallback?: string; allowZero?: boolean} = {}): bigint {
    return parseAmount(this.string(key, fallback), TOKEN_DECIMALS, {field: this.at(key), allowZero});
  }
  duration(key: K, fallback?: string, allowZero = false): bigint {
    const value = this.values.get(key) ?? fallback;
    if (value === undefined) throw new UsageError(`${this.at(key)}: required`);
    return parseDuration(typeof value === "number" ? value : this.string(key, fallback), this.at(key), {allowZero});
  }
  bool(key: K, fallback: boolean): boolean {
    const value = this.values.get(key) ?? fallback;
    if (typeof value !== "boolean") throw new UsageError(`${this.at(key)}: must be true or false`);
    return value;
  }
  integer(
    key: K,
    {min = 0, max = 2 ** 32 - 1, fallback}: {min?: number; max?: number; fallback?: number} = {},
  ): number {
    const value = this.values.get(key) ?? fallback;
    const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) {
      throw new UsageError(`${this.at(key)}: must be a whole number from ${min} to ${max}`);
    }
    return n;
  }
  address(key: K): Address {
    return parseAddress(this.string(key), this.at(key));
  }
  list(key: K): unknown[] {
    const value = this.values.get(key) ?? [];
    if (!Array.isArray(value)) throw new UsageError(`${this.at(key)}: must be a list`);
    return value;
  }
}

function interpolate(value: string, field: string): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const env = process.env[name];
    if (env === undefined || env === "") throw new UsageError(`${field}: \${${name}} is not set in the environment`);
    return env;
  });
}

/** "15%" or "1500" (basis points) → basis points. */
export function parseShare(value: unknown, field: string): number {
  const text = String(value).trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const bps = percent ? Number(percent[1]) * 100 : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(bps) || bps <= 0 || bps > 10_000) {
    throw new UsageError(`${field}: "${text}" must be a share like "15%" or basis points from 1 to 10000`);
  }
  return bps;
}

const PERIOD_ALIASES: Record<string, string> = {
  monthly: "30 days",
  quarterly: "91 days",
  yearly: "365 days",
  annually: "365 days",
  weekly: "7 days",
};

/** Reads a launch file (.json or .toml); a parse error is one line naming the file. */
export function readLaunchFile(path: string): LaunchSpec {
  const text = readTextFile(path, "--config");
  let raw: unknown;
  try {
    raw = extname(path).toLowerCase() === ".toml" ? parseToml(text) : JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    const {line, column} = error as {line?: number; column?: number};
    const at =
      typeof line === "number" ? ` (line ${line}${typeof column === "number" ? `, column ${column}` : ""})` : "";
    throw new UsageError(
      `--config: ${path} is not valid ${extname(path).toLowerCase() === ".toml" ? "TOML" : "JSON"}${at}: ${message}`,
    );
  }
  return parseLaunchSpec(raw);
}

export function parseLaunchSpec(raw: unknown): LaunchSpec {
  const f = new Fields(raw, "", KEYS.launch);
  const name = f.string("name");
  const symbol = f.string("symbol");
  if (name.trim() === "") throw new UsageError("name: must not be empty");
  if (symbol.trim() === "") throw new UsageError("symbol: must not be empty");
  const spec: LaunchSpec = {
    name,
    symbol,
    contractURI: f.optionalString("contract_uri") ?? "",
    supply: f.amount("supply"),
  };
  const salt = f.optionalString("salt");
  if (salt !== undefined) {
    if (!isHex(salt) || salt.length !== 66) throw new UsageError(`salt: must be 32 bytes of 0x-prefixed hex`);
    spec.salt = salt;
  }
  if (f.has("allocations")) {
    spec.allocations = f.list("allocations").map((item, i) => {
      const a = new Fields(item, `allocations[${i}]`, KEYS.allocation);
      const recipient = a.string("recipient");
      return {
        recipient: recipient === "creator" ? "creator" : parseAddress(recipient, a.at("recipient")),
        amount: a.amount("amount"),
      };
    });
  }
  if (f.has("vesting")) {
    const v = new Fields(f.raw("vesting"), "vesting", KEYS.vesting);
    spec.vesting = {
      amount: v.amount("amount"),
      cliff: v.duration("cliff", "0", true),
      duration: v.duration("duration"),
    };
    if (spec.vesting.cliff > spec.vesting.duration)
      throw new UsageError("vesting.cliff: must not be longer than vesting.duration");
  }
  if (f.has("isa")) spec.isa = parseIsa(f.raw("isa"));
  if (f.has("time")) spec.time = parseTime(f.raw("time"));
  if (f.has("staking")) {
    const s = new Fields(f.raw("staking"), "staking", KEYS.staking);
    spec.staking = {
      ...(s.has("staking_token") ? {stakingToken: s.address("staking_token")} : {}),
      ...(s.has("reward_token") ? {rewardToken: s.address("reward_token")} : {}),
      rewards: s.amount("rewards", {fallback: "0", allowZero: true}),
      duration: s.duration("duration"),
    };
  }
  if (f.has("polls")) {
    const polls = f.raw("polls");
    if (polls !== true && polls !== false) new Fields(polls, "polls", KEYS.polls); // an empty table: no settings yet
    if (polls !== false) spec.polls = {};
  }
  if (f.has("credentials")) {
    const c = new Fields(f.raw("credentials"), "credentials", KEYS.credentials);
    spec.credentials = {
      classes: (c.has("classes") ? c.list("classes") : []).map((item, i) => {
        const k = new Fields(item, `credentials.classes[${i}]`, KEYS.credentialClass);
        const uri = k.string("uri");
        if (uri.trim() === "") throw new UsageError(`${k.at("uri")}: must not be empty`);
        const validUntil = k.optionalString("valid_until");
        return {
          uri,
          validFor: k.duration("valid_for", "0", true),
          ...(validUntil === undefined ? {} : {validUntil}),
          revocable: k.bool("revocable", false),
        };
      }),
    };
  }
  return spec;
}

function parseIsa(raw: unknown): IsaSpec {
  const f = new Fields(raw, "isa", KEYS.isa);
  const asset = f.string("payment_asset");
  const tokens = f.amount("tokens");
  if (f.has("price") === f.has("raise"))
    throw new UsageError("isa: give exactly one of price (per whole token) or raise (for all the tokens)");
  if (f.has("periods") === f.has("term"))
    throw new UsageError("isa: give exactly one of periods (a count) or term (a duration)");
  const periodText = f.string("period");
  const spec: IsaSpec = {
    tokens,
    paymentAsset: asset.toUpperCase() === "ETH" ? "ETH" : parseAddress(asset, f.at("payment_asset")),
    softCap: f.amount("soft_cap"),
    saleDuration: f.duration("sale_duration"),
    shareBps: parseShare(f.raw("share"), f.at("share")),
    periodLength: parseDuration(PERIOD_ALIASES[periodText.toLowerCase()] ?? periodText, f.at("period")),
    gracePeriod: f.duration("grace_period", "30 days", true),
    transferableShares: f.bool("transferable_shares", false),
  };
  if (f.has("price")) spec.price = f.string("price");
  if (f.has("raise")) spec.raise = f.string("raise");
  if (f.has("periods")) spec.periods = f.integer("periods", {min: 1, max: 1000});
  if (f.has("term")) spec.term = f.duration("term");
  if (f.has("sale_start")) spec.saleStart = f.string("sale_start");
  if (f.has("payout_cap")) spec.payoutCap = f.string("payout_cap");
  if (spec.softCap > tokens) throw new UsageError("isa.soft_cap: must not be more than isa.tokens");
  return spec;
}

function parseTime(raw: unknown): TimeSpec {
  const f = new Fields(raw, "time", KEYS.time);
  const spec: TimeSpec = {
    arbitrationTimeout: f.duration("arbitration_timeout", "0", true),
    confirmationWindow: f.duration("confirmation_window", "3 days"),
    deliveryGrace: f.duration("delivery_grace", "1 day", true),
    capacityPeriod: f.duration("capacity_period", "30 days"),
    offers: f.list("offers").map((item, i) => parseOffer(item, `time.offers[${i}]`)),
  };
  if (f.has("arbiter")) {
    spec.arbiter = f.address("arbiter");
    if (spec.arbitrationTimeout === 0n) throw new UsageError("time.arbitration_timeout: required with an arbiter");
  }
  return spec;
}

export function parseOffer(raw: unknown, path: string): OfferSpec {
  const f = new Fields(raw, path, KEYS.offer);
  return {
    pricePerUnit: f.amount("price"),
    unitLength: f.duration("unit", "1h"),
    capacity: f.integer("capacity", {min: 1, max: 2 ** 32 - 1, fallback: 10}),
    open: f.bool("open", true),
    burn: f.bool("burn", false),
    uri: f.optionalString("uri") ?? "",
  };
}
