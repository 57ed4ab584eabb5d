import {
  type Address,
  createWalletClient,
  custom,
  erc20Abi,
  getAddress,
  type Hash,
  parseAbi,
  parseEther,
  parseUnits,
} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {type CreateSiweMessageParameters, createSiweMessage, generateSiweNonce} from "viem/siwe";
import {
  approveToken,
  buyTokens,
  getLaunchFromReceipt,
  incomeShareModule,
  launchToken,
  purchaseCost,
  timeEscrowModule,
} from "../src/index.js";
import {mockErc20Abi, now, publicClient, transport, usdc} from "./chain.js";
import {ANVIL_MNEMONIC} from "./constants.js";

export {balanceOf, now, publicClient, rpcUrl, testClient, usdc, warp, warpTo} from "./chain.js";

const account = (addressIndex: number) => mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex});
const wallet = (addressIndex: number) =>
  createWalletClient({chain: foundry, transport, account: account(addressIndex)});
/** Alex, the creator. */
export const creator = wallet(1);
/** Holders / buyers. */
export const alice = wallet(2);
export const bob = wallet(3);
/** The escrow's arbiter. */
export const arbiter = wallet(4);
export const stranger = wallet(5);

/** A client whose transport fails the test if anything reaches it: proves validation happens before any RPC. */
export function noRpcClient(chain: typeof foundry | undefined = foundry) {
  const calls: string[] = [];
  const client = createWalletClient({
    chain,
    account: account(1),
    transport: custom({
      async request({method}) {
        calls.push(method);
        throw new Error(`unexpected RPC call: ${method}`);
      },
    }),
  });
  return {client, calls};
}

export async function mined(hash: Hash | Promise<Hash>) {
  const receipt = await publicClient.waitForTransactionReceipt({hash: await hash});
  if (receipt.status !== "success") {
    // Replay it on the state before its block to say why (automine: one transaction per block).
    const tx = await publicClient.getTransaction({hash: receipt.transactionHash});
    const replay = await publicClient
      .call({account: tx.from, to: tx.to, data: tx.input, gas: tx.gas, blockNumber: receipt.blockNumber - 1n})
      .then(
        () => "replay succeeded",
        (error: Error) => error.message.split("\n")[0],
      );
    const [block, parent] = await Promise.all([
      publicClient.getBlock({blockNumber: receipt.blockNumber}),
      publicClient.getBlock({blockNumber: receipt.blockNumber - 1n}),
    ]);
    throw new Error(
      `transaction ${receipt.transactionHash} to ${tx.to} reverted (gas used ${receipt.gasUsed} of ${tx.gas}; block ${block.timestamp}, parent ${parent.timestamp}): ${replay}`,
    );
  }
  return receipt;
}

export const DAY = 86_400n;
export const HOUR = 3_600n;
export const SUPPLY = parseEther("10000000");
export const VESTED = parseEther("5000000");
export const ISA_TOKENS = parseEther("1000000");
export const SUPPORTER = parseEther("1000000");
/** 0.02 USDC per whole token: 1,000,000 tokens = 20,000 USDC. */
export const PRICE = 20_000n;
export const usd = (amount: string) => parseUnits(amount, 6);

/** IsaBaseTest's $ALEX terms: sale opens now for 14 days, 15% for 12 quarters from its end, 30 days' grace. */
export function alexTerms(start: bigint) {
  const saleEnd = start + 14n * DAY;
  return {
    paymentAsset: usdc,
    price: PRICE,
    softCap: parseEther("250000"),
    saleStart: start,
    saleEnd,
    shareBps: 1500,
    termStart: saleEnd,
    termEnd: saleEnd + 12n * 91n * DAY,
    periodLength: 91n * DAY,
    gracePeriod: 30n * DAY,
  };
}

/** EscrowBaseTest's settings and hour offer: 25,000 ALEX an hour, 10 hours per 30 days. */
export const HOUR_PRICE = parseEther("25000");
export function escrowConfig(withArbiter = true) {
  return {
    ...(withArbiter ? {arbiter: arbiter.account.address, arbitrationTimeout: 14n * DAY} : {}),
    confirmationWindow: 3n * DAY,
    deliveryGrace: DAY,
    capacityPeriod: 30n * DAY,
  };
}
export const hourOffer = {
  pricePerUnit: HOUR_PRICE,
  unitLength: 3_600n,
  capacity: 10,
  open: true,
  burn: false,
  uri: "ipfs://an-hour",
};

/**
 * Launches $ALEX: 10,000,000 supply, 5,000,000 vested to Alex (180-day cliff, 3 years), 1,000,000 to alice (a
 * supporter), the rest liquid for Alex — minus the ISA's 1,000,000 when `isa` — and optionally a time escrow.
 */
export async function launchAlex({isa = false, escrow = false, arbiter: withArbiter = true, symbol = "ALEX"} = {}) {
  const modules = [
    ...(isa ? [incomeShareModule({tokenAmount: ISA_TOKENS, terms: alexTerms(await now())})] : []),
    ...(escrow ? [timeEscrowModule({config: escrowConfig(withArbiter), offers: [hourOffer]})] : []),
  ];
  const liquid = SUPPLY - VESTED - SUPPORTER - (isa ? ISA_TOKENS : 0n);
  const receipt = await mined(
    launchToken(creator, {
      name: "Alex Masmej",
      symbol,
      totalSupply: SUPPLY,
      allocations: [
        {recipient: creator.account.address, amount: liquid},
        {recipient: alice.account.address, amount: SUPPORTER},
      ],
      vesting: {amount: VESTED, cliff: 180n * DAY, duration: 3n * 365n * DAY},
      modules,
    }),
  );
  const launch = getLaunchFromReceipt(receipt);
  return {
    receipt,
    token: launch.token,
    vesting: launch.vesting as Address,
    splitter: isa ? launch.modules[0]!.module : undefined,
    escrow: escrow ? launch.modules[isa ? 1 : 0]!.module : undefined,
  };
}

/** Mints test USDC (MockERC20 has an open mint). */
export async function mintUsdc(to: Address, amount: bigint) {
  await mined(creator.writeContract({address: usdc, abi: mockErc20Abi, functionName: "mint", args: [to, amount]}));
}

/** A time-escrow module given tokens, which the escrow refuses (`TimeEscrow_FundedAtLaunch(tokenAmount)`). */
export function timeEscrowModuleForTest({tokenAmount}: {tokenAmount: bigint}) {
  return {...timeEscrowModule({config: escrowConfig(false), offers: [hourOffer]}), tokenAmount};
}

/** $ALEX with its ISA; `buyers` each mint USDC, approve and buy their amount (in the order given). */
export async function launchAlexIsa(buyers: readonly [WalletClient, bigint][] = [], symbol = "ALEX") {
  const alex = await launchAlex({isa: true, symbol});
  const splitter = alex.splitter as Address;
  for (const [buyer, tokens] of buyers) {
    const cost = purchaseCost(tokens, PRICE);
    await mintUsdc(buyer.account.address, cost);
    await mined(approveToken(buyer, {token: usdc, spender: splitter, amount: cost}));
    await mined(buyTokens(buyer, {splitter, tokens}));
  }
  return {...alex, splitter};
}

export type WalletClient = typeof creator;

/** $ALEX with a time escrow (see {@link launchAlex}). */
export async function launchAlexEscrow({arbiter: withArbiter = true} = {}) {
  const alex = await launchAlex({escrow: true, arbiter: withArbiter});
  return {...alex, escrow: alex.escrow as Address};
}

/** Deploys test/utils/mocks/GasBurningERC1271Wallet: "valid" in a simulation (gas price 0), burns all gas when mined. */
export async function deployGasBurningWallet(wallet: WalletClient = creator): Promise<Address> {
  const {readFileSync} = await import("node:fs");
  const {join} = await import("node:path");
  const {ROOT} = await import("./constants.js");
  const artifact = JSON.parse(
    readFileSync(join(ROOT, "out/GasBurningERC1271Wallet.sol/GasBurningERC1271Wallet.json"), "utf8"),
  );
  const receipt = await mined(wallet.deployContract({abi: artifact.abi, bytecode: artifact.bytecode.object}));
  return getAddress(receipt.contractAddress!);
}

/** test/utils/mocks/MockERC1271Wallet's `execute(target, data)`: its owner makes the wallet call `target`. */
export const erc1271WalletAbi = parseAbi(["function execute(address target, bytes data) returns (bytes)"]);

/** Deploys test/utils/mocks/MockERC1271Wallet (constructor(owner)): a smart wallet whose signatures are its owner's. */
export async function deployErc1271Wallet(owner: Address, wallet: WalletClient = creator): Promise<Address> {
  const {readFileSync} = await import("node:fs");
  const {join} = await import("node:path");
  const {ROOT} = await import("./constants.js");
  const artifact = JSON.parse(readFileSync(join(ROOT, "out/MockERC1271Wallet.sol/MockERC1271Wallet.json"), "utf8"));
  const receipt = await mined(
    wallet.deployContract({abi: artifact.abi, bytecode: artifact.bytecode.object, args: [owner]}),
  );
  return getAddress(receipt.contractAddress!);
}

/** `from` sends `amount` of the ERC-20 `token` to `to`; resolves once mined. */
export function transferToken(from: WalletClient, token: Address, to: Address, amount: bigint) {
  return mined(from.writeContract({address: token, abi: erc20Abi, functionName: "transfer", args: [to, amount]}));
}

/** A sign-in-with-Ethereum message from `address` to `domain` on the test chain, with a fresh nonce unless overridden. */
export function siweMessage(address: Address, domain: string, overrides: Partial<CreateSiweMessageParameters> = {}) {
  const nonce = generateSiweNonce();
  const message = createSiweMessage({
    address,
    chainId: 31337,
    domain,
    nonce,
    uri: `https://${domain}/login`,
    version: "1",
    issuedAt: new Date(),
    ...overrides,
  });
  return {message, nonce: overrides.nonce ?? nonce};
}
