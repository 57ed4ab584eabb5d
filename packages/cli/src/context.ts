// What every command shares: the RPC client (chain id read from the node), the signer (env key or keystore, loaded
// only by commands that write), the dry-run transport, progress on stderr and the one result on stdout.
import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  type Hash,
  type Hex,
  http,
  isAddress,
  isHex,
  publicActions,
  type PublicClient,
  type TransactionReceipt,
} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {CliError, DryRunStop, findCause, isDryRunStop, UsageError} from "./errors.js";
import {decryptKeystore, promptPassword, readKeystore} from "./keystore.js";

export type GlobalOptions = {
  rpcUrl?: string;
  keystore?: string;
  factory?: string;
  dryRun?: boolean;
  json?: boolean;
  raw?: boolean;
};

export const ENV = {
  rpcUrl: "PERSONAL_TOKEN_RPC_URL",
  privateKey: "PERSONAL_TOKEN_PRIVATE_KEY",
  keystorePassword: "PERSONAL_TOKEN_KEYSTORE_PASSWORD",
} as const;

/** How often to ask for a receipt: a CLI waits on one transaction at a time, so it may ask often. */
const POLLING_INTERVAL_MS = 500;

export type Step =
  | {step: string; hash: Hash; gasUsed: bigint; block: bigint}
  | {step: string; estimatedGas: bigint | null; note?: string};

export function walletClient(account: Account, chain: Chain, url: string, transport = http(url)) {
  return createWalletClient({account, chain, transport, pollingInterval: POLLING_INTERVAL_MS}).extend(publicActions);
}
export type Wallet = ReturnType<typeof walletClient>;

export class Context {
  readonly options: GlobalOptions;
  readonly steps: Step[] = [];
  private chainPromise: Promise<Chain> | undefined;
  private publicClient: PublicClient | undefined;
  private walletPromise: Promise<Wallet> | undefined;
  /** The last `eth_estimateGas` answer seen by the dry-run transport. */
  private lastEstimate: bigint | null = null;
  /** In a dry run: whether an earlier step was not sent, so later ones may depend on state that is not there. */
  private unsent = false;

  constructor(options: GlobalOptions) {
    this.options = options;
    if (options.factory !== undefined && !isAddress(options.factory, {strict: false})) {
      throw new UsageError(`--factory: "${options.factory}" is not an address`);
    }
  }

  get json(): boolean {
    return this.options.json === true;
  }
  get dryRun(): boolean {
    return this.options.dryRun === true;
  }
  get factory(): Address | undefined {
    return this.options.factory as Address | undefined;
  }

  rpcUrl(): string {
    const url = this.options.rpcUrl ?? process.env[ENV.rpcUrl];
    if (!url) throw new UsageError(`--rpc-url (or ${ENV.rpcUrl}) is required`);
    if (!/^(https?|wss?):\/\//.test(url)) throw new UsageError(`--rpc-url: "${url}" is not an http(s) or ws(s) URL`);
    return url;
  }

  /** The chain, with its id read from the RPC. */
  chain(): Promise<Chain> {
    this.chainPromise ??= (async () => {
      const url = this.rpcUrl();
      const probe = createPublicClient({transport: http(url, {retryCount: 0})});
      let id: number;
      try {
        id = await probe.getChainId();
      } catch (error) {
        throw new CliError(`cannot reach the RPC at ${url}: ${(error as {shortMessage?: string}).shortMessage ?? (error as Error).message}`);
      }
      return defineChain({
        id,
        name: `chain ${id}`,
        nativeCurrency: {name: "Ether", symbol: "ETH", decimals: 18},
        rpcUrls: {default: {http: [url]}},
      });
    })();
    return this.chainPromise;
  }

  async client(): Promise<PublicClient> {
    if (!this.publicClient) {
      const chain = await this.chain();
      this.publicClient = createPublicClient({chain, transport: http(this.rpcUrl())}) as PublicClient;
    }
    return this.publicClient;
  }

  /** The signer: PERSONAL_TOKEN_PRIVATE_KEY, or --keystore with its password. Never a flag, never printed. */
  async account(): Promise<Account> {
    const {keystore} = this.options;
    const envKey = process.env[ENV.privateKey];
    if (keystore) {
      const file = readKeystore(keystore);
      const password = process.env[ENV.keystorePassword] ?? (await promptPassword(`password for ${keystore}: `));
      return privateKeyToAccount(await decryptKeystore(file, password));
    }
    if (!envKey) throw new UsageError(`this command signs: set ${ENV.privateKey} or pass --keystore <file>`);
    const key = envKey.trim().startsWith("0x") ? envKey.trim() : `0x${envKey.trim()}`;
    if (!isHex(key) || key.length !== 66) throw new UsageError(`${ENV.privateKey} is not a 32-byte hex private key`);
    return privateKeyToAccount(key as Hex);
  }

  /** A wallet client; in a dry run its transport answers everything but refuses to broadcast. */
  wallet(): Promise<Wallet> {
    this.walletPromise ??= (async () => {
      const account = await this.account();
      const chain = await this.chain();
      if (!this.dryRun) return walletClient(account, chain, this.rpcUrl());
      const base = http(this.rpcUrl())({chain, retryCount: 0});
      const transport = custom({
        request: async ({method, params}: {method: string; params?: unknown}) => {
          if (method === "eth_sendRawTransaction" || method === "eth_sendTransaction") throw new DryRunStop();
          const result = await base.request({method, params} as never);
          // The first estimate after a step starts is the node's (the SDK then sends it plus a margin). viem asks with
          // eth_fillTransaction where the node has it, else eth_estimateGas.
          if (this.lastEstimate === null) {
            if (method === "eth_estimateGas") this.lastEstimate = BigInt(result as string);
            const gas = (result as {tx?: {gas?: string}} | null)?.tx?.gas;
            if (method === "eth_fillTransaction" && gas) this.lastEstimate = BigInt(gas);
          }
          return result;
        },
      }, {retryCount: 0});
      return walletClient(account, chain, this.rpcUrl(), transport as never);
    })();
    return this.walletPromise;
  }

  async sender(): Promise<Address> {
    return (await this.wallet()).account.address;
  }

  progress(message: string): void {
    process.stderr.write(`${message}\n`);
  }

  /**
   * Sends one transaction built by an SDK write and waits for it, printing progress. In a dry run the SDK simulates
   * and estimates as usual and the transport stops it before broadcasting: the step records the estimate instead.
   */
  async send(step: string, write: (wallet: Wallet) => Promise<Hash>): Promise<TransactionReceipt | undefined> {
    const wallet = await this.wallet();
    if (this.dryRun) {
      this.lastEstimate = null;
      try {
        await write(wallet);
        throw new CliError(`${step}: the dry run was not stopped before sending`); // never: the transport refuses
      } catch (error) {
        if (findCause(error, isDryRunStop)) {
          this.steps.push({step, estimatedGas: this.lastEstimate});
          this.progress(`${step}: simulated, estimated gas ${this.lastEstimate ?? "?"} (not sent)`);
          this.unsent = true;
          return undefined;
        }
        if (this.unsent) {
          // It needs what an earlier step would have done (e.g. an approval): it cannot be simulated before that.
          this.steps.push({step, estimatedGas: null, note: "needs the previous step on-chain to simulate"});
          this.progress(`${step}: not simulated (needs the previous step on-chain)`);
          return undefined;
        }
        throw error;
      }
    }
    const hash = await write(wallet);
    this.progress(`${step}: sent ${hash}, waiting for the receipt`);
    const receipt = await wallet.waitForTransactionReceipt({hash});
    if (receipt.status !== "success") throw new CliError(`${step}: transaction ${hash} reverted`);
    this.steps.push({step, hash, gasUsed: receipt.gasUsed, block: receipt.blockNumber});
    this.progress(`${step}: confirmed in block ${receipt.blockNumber} (gas ${receipt.gasUsed})`);
    return receipt;
  }

  /**
   * Prints the command's result: one JSON object with --json (bigints as strings, plus `dryRun` and the `steps`),
   * else `lines` for people.
   */
  print(result: Record<string, unknown>, lines: string[] = humanLines(result)): void {
    if (this.json) {
      const out = {...result, ...(this.steps.length ? {dryRun: this.dryRun, steps: this.steps} : {})};
      process.stdout.write(`${JSON.stringify(out, (_, v) => (typeof v === "bigint" ? v.toString() : v))}\n`);
      return;
    }
    const stepLines = this.dryRun
      ? this.steps.map((s) => `dry run: ${s.step}: ${"estimatedGas" in s && s.estimatedGas !== null ? `estimated gas ${s.estimatedGas}` : "not simulated (needs the previous step on-chain)"}`)
      : [];
    process.stdout.write([...lines, ...stepLines, ...(this.dryRun ? ["dry run: nothing was sent"] : [])].join("\n") + "\n");
  }
}

/** `key: value` lines for a flat-ish result object. */
export function humanLines(result: Record<string, unknown>, indent = ""): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      lines.push(`${indent}${key}:`);
      lines.push(...humanLines(value as Record<string, unknown>, `${indent}  `));
    } else if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: none`);
      else if (value.every((v) => typeof v !== "object" || v === null)) lines.push(`${indent}${key}: ${value.join(", ")}`);
      else {
        lines.push(`${indent}${key}:`);
        value.forEach((item, i) => {
          lines.push(`${indent}  [${i}]`);
          lines.push(...humanLines(item as Record<string, unknown>, `${indent}    `));
        });
      }
    } else lines.push(`${indent}${key}: ${String(value)}`);
  }
  return lines;
}
