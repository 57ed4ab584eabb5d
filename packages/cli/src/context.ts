// What every command shares: the RPC client (chain id read from the node), the signer (env key or keystore, loaded
// only by commands that write), the steps sent so far, progress on stderr and the one result on stdout.
import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  type Hex,
  http,
  isAddress,
  isHex,
  type PublicClient,
  publicActions,
  type Transport,
} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {CliError, UsageError} from "./errors.js";
import {humanLines, toJson} from "./format.js";
import {decryptKeystore, promptPassword, readKeystore} from "./keystore.js";
import {parseDuration} from "./parse.js";
import {DryRunLog, dryRunTransport, echoingTransport, type Sent, type Step} from "./transactions.js";

export type GlobalOptions = {
  timeout?: string;
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

/** A public client whose chain is known (read from the RPC), so `client.chain.id` needs no check. */
export type ChainClient = PublicClient<Transport, Chain>;

export function walletClient(account: Account, chain: Chain, url: string, transport: Transport = http(url)) {
  return createWalletClient({account, chain, transport, pollingInterval: POLLING_INTERVAL_MS}).extend(publicActions);
}
export type Wallet = ReturnType<typeof walletClient>;

export class Context {
  readonly options: GlobalOptions;
  /** Every transaction sent (or, in a dry run, simulated), for the result. */
  readonly steps: Step[] = [];
  readonly dryRunLog = new DryRunLog();
  /** Every transaction sent, confirmed or not, and the step being prepared: what an interrupted run reports. */
  readonly sent: Sent[] = [];
  pending: string | undefined;
  /** How long to wait for a receipt, and how often to say so (ms). */
  readonly timeout: number;
  readonly waitNotice: number;
  private chainPromise: Promise<Chain> | undefined;
  private publicClient: ChainClient | undefined;
  private walletPromise: Promise<Wallet> | undefined;

  constructor(options: GlobalOptions) {
    this.options = options;
    if (options.factory !== undefined && !isAddress(options.factory, {strict: false})) {
      throw new UsageError(`--factory: "${options.factory}" is not an address`);
    }
    this.timeout = Number(parseDuration(options.timeout ?? "180s", "--timeout")) * 1000;
    this.waitNotice = Math.min(15_000, Math.max(250, Math.floor(this.timeout / 4)));
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
        throw new CliError(
          `cannot reach the RPC at ${url}: ${(error as {shortMessage?: string}).shortMessage ?? (error as Error).message}`,
        );
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

  async client(): Promise<ChainClient> {
    if (!this.publicClient) {
      const chain = await this.chain();
      this.publicClient = createPublicClient({chain, transport: http(this.rpcUrl())}) as ChainClient;
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
    try {
      return privateKeyToAccount(key as Hex);
    } catch {
      // Zero, or not below the curve order: no account has it.
      throw new UsageError(
        `${ENV.privateKey} is not a valid private key (it must be between 1 and the secp256k1 order)`,
      );
    }
  }

  /** A wallet client; in a dry run its transport answers everything but refuses to broadcast. */
  wallet(): Promise<Wallet> {
    this.walletPromise ??= (async () => {
      const account = await this.account();
      const chain = await this.chain();
      const url = this.rpcUrl();
      return walletClient(
        account,
        chain,
        url,
        this.dryRun
          ? dryRunTransport(url, chain, this.dryRunLog)
          : echoingTransport(url, chain, () => this.progress(`sending: ${this.pending ?? "a transaction"}`)),
      );
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
   * Prints the command's result: one JSON object with --json (bigints as strings, plus `dryRun` and the `steps`),
   * else `lines` for people.
   */
  print(result: Record<string, unknown>, lines: string[] = humanLines(result)): void {
    if (this.json) {
      const out = {...result, ...(this.steps.length ? {dryRun: this.dryRun, steps: this.steps} : {})};
      process.stdout.write(`${toJson(out)}\n`);
      return;
    }
    const stepLines = this.dryRun
      ? this.steps.map(
          (s) =>
            `dry run: ${s.step}: ${"estimatedGas" in s && s.estimatedGas !== null ? `estimated gas ${s.estimatedGas}` : "not simulated (needs the previous step on-chain)"}`,
        )
      : [];
    process.stdout.write(
      `${[...lines, ...stepLines, ...(this.dryRun ? ["dry run: nothing was sent"] : [])].join("\n")}\n`,
    );
  }
}
