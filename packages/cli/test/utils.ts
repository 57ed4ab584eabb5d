import {spawn} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {type Address, bytesToHex, createWalletClient, erc20Abi, type Hex, parseEther, parseUnits} from "viem";
import {mnemonicToAccount, privateKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {expect} from "vitest";
import {mockErc20Abi, publicClient, rpcUrl, transport, usdc} from "../../sdk/test/chain.js";
import {ANVIL_MNEMONIC} from "../../sdk/test/constants.js";

export {publicClient, rpcUrl, usdc, warp} from "../../sdk/test/chain.js";

export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(PACKAGE, "../..");
export const CLI = join(PACKAGE, "dist/cli.js");
export const ALEX_TOML = join(PACKAGE, "examples/alex.toml");

const actor = (addressIndex: number) => {
  const account = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex});
  return {address: account.address, key: bytesToHex(account.getHdKey().privateKey!)};
};
/** Alex, the creator; alice and bob hold tokens. */
export const alex = actor(1);
export const alice = actor(2);
export const bob = actor(3);

export type Result = {code: number; stdout: string; stderr: string; json: () => Record<string, unknown>};

/** Runs `node dist/cli.js ...args` against the test anvil, signing with `as` (a private key in the env) unless null. */
export function cli(
  args: string[],
  {as = alex, env = {}, rpc = true}: {as?: {key: string} | null; env?: Record<string, string>; rpc?: boolean} = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH ?? "",
        ...(rpc ? {PERSONAL_TOKEN_RPC_URL: rpcUrl} : {}),
        ...(as ? {PERSONAL_TOKEN_PRIVATE_KEY: as.key} : {}),
        USDC: usdc,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        json: () => {
          try {
            return JSON.parse(stdout) as Record<string, unknown>;
          } catch {
            throw new Error(`stdout is not one JSON object:\n${stdout}\nstderr:\n${stderr}`);
          }
        },
      }),
    );
  });
}

/** Runs a command with `--json` that must succeed, and returns what it printed as the type the caller expects. */
export async function cliJson<T>(args: string[], options?: Parameters<typeof cli>[1]): Promise<T> {
  const result = await cli([...args, "--json"], options);
  expect(result.code, result.stderr).toBe(0);
  return result.json() as T;
}

/** Asserts the command failed with exactly one `error: ...` line and returns that line. */
export function errorLine(result: Result): string {
  const lines = result.stderr.trim().split("\n");
  if (lines.length !== 1 || !lines[0]!.startsWith("error: ")) {
    throw new Error(`expected one error line, got:\n${result.stderr}`);
  }
  return lines[0]!;
}

export const nonce = (address: Address | string) => publicClient.getTransactionCount({address: address as Address});

export async function mintUsdc(to: string, amount: string) {
  const wallet = createWalletClient({
    chain: foundry,
    transport,
    account: mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 9}),
  });
  const hash = await wallet.writeContract({
    address: usdc,
    abi: mockErc20Abi,
    functionName: "mint",
    args: [to as Address, parseUnits(amount, 6)],
  });
  await publicClient.waitForTransactionReceipt({hash});
}

/** Launches a plain token (no vesting, no modules) from flags and returns its address. */
export async function launchToken(name: string, symbol: string, supply: string): Promise<Address> {
  const {token} = await cliJson<{token: Address}>(["launch", "--name", name, "--symbol", symbol, "--supply", supply]);
  return token;
}

/** Launches $ALEX from examples/alex.toml and returns the launch JSON. */
export function launchAlex() {
  return cliJson<{token: Address; vesting: Address; modules: {kind: string; address: Address}[]}>([
    "launch",
    "--config",
    ALEX_TOML,
  ]);
}

/** A plain ERC-20 transfer of whole tokens (18 decimals) from `from`. */
export async function transfer(from: {key: string}, token: Address, to: string, amount: string) {
  const wallet = createWalletClient({chain: foundry, transport, account: privateKeyToAccount(from.key as Hex)});
  const hash = await wallet.writeContract({
    address: token,
    abi: erc20Abi,
    functionName: "transfer",
    args: [to as Address, parseEther(amount)],
  });
  await publicClient.waitForTransactionReceipt({hash});
}
