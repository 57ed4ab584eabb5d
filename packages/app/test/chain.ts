// The chain side of the browser tests: the shared anvil harness (tools/anvil.mjs), the local USDC, the $ALEX fixture
// launched through the SDK, snapshots, the clock, and the demo's people (packages/demo/src/context.mjs).
import {readFileSync} from "node:fs";
import {
  approveToken,
  buyTokens,
  defaultSalt,
  getLaunchFromReceipt,
  incomeShareModule,
  launchToken,
  pollsModule,
  predictLaunchAddresses,
  purchaseCost,
  stakingModule,
  timeEscrowModule,
} from "@personal-token/sdk";
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  erc20Abi,
  type Hex,
  http,
  parseAbi,
  parseEther,
  parseUnits,
  publicActions,
} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {ANVIL_MNEMONIC} from "../../../tools/anvil.mjs";

export const DAY = 86_400n;
export const people = {deployer: 0, alex: 1, alice: 2, buyer01: 3, buyer02: 4, relayer: 33} as const;
export type Person = keyof typeof people;
export const personLabel: Record<Person, string> = {
  deployer: "deployer",
  alex: "Alex (creator)",
  alice: "alice (supporter)",
  buyer01: "buyer 01",
  buyer02: "buyer 02",
  relayer: "relayer",
};

export function chain(rpcUrl: string) {
  const transport = http(rpcUrl);
  const publicClient = createPublicClient({chain: foundry, transport, pollingInterval: 50});
  const testClient = createTestClient({chain: foundry, mode: "anvil", transport});
  const accounts = new Map<number, ReturnType<typeof mnemonicToAccount>>();
  const accountOf = (index: number) => {
    let account = accounts.get(index);
    if (!account) {
      account = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: index});
      accounts.set(index, account);
    }
    return account;
  };
  const wallet = (who: Person) =>
    createWalletClient({chain: foundry, transport, account: accountOf(people[who]), pollingInterval: 50}).extend(
      publicActions,
    );
  const address = (who: Person) => wallet(who).account.address;
  const mined = async (hash: Hex) => {
    const receipt = await publicClient.waitForTransactionReceipt({hash});
    if (receipt.status !== "success") throw new Error(`${hash} reverted`);
    return receipt;
  };
  const now = async () => (await publicClient.getBlock()).timestamp;
  const balanceOf = (token: Address, who: Person | Address) =>
    publicClient.readContract({
      address: token,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [who.startsWith("0x") ? (who as Address) : address(who as Person)],
    });
  return {
    publicClient,
    testClient,
    wallet,
    address,
    mined,
    now,
    nonce: (who: Person) => publicClient.getTransactionCount({address: address(who)}),
    async warp(seconds: bigint) {
      await testClient.setNextBlockTimestamp({timestamp: (await now()) + seconds});
      await testClient.mine({blocks: 1});
    },
    snapshot: () => testClient.snapshot(),
    revert: (id: Hex) => testClient.revert({id}),
    balanceOf,
    /** What `who`'s balance of `token` grew by while `act` ran (a click, and the screen saying it is done). */
    async gained(token: Address, who: Person, act: () => Promise<unknown>) {
      const before = await balanceOf(token, who);
      await act();
      return (await balanceOf(token, who)) - before;
    },
  };
}
export type Chain = ReturnType<typeof chain>;

const MOCK_ERC20 = new URL("../../../out/MockERC20.sol/MockERC20.json", import.meta.url);
const mintAbi = parseAbi(["function mint(address to, uint256 amount)"]);

/** Deploys the local USDC (the demo's MockERC20: open mint, 6 decimals) and gives Alex and the buyers 100,000 each. */
export async function deployUsdc(c: Chain): Promise<Address> {
  const {abi, bytecode} = JSON.parse(readFileSync(MOCK_ERC20, "utf8"));
  const deployer = c.wallet("deployer");
  const hash = await deployer.deployContract({abi, bytecode: bytecode.object, args: ["Local USD Coin", "USDC", 6]});
  const usdc = (await c.mined(hash)).contractAddress as Address;
  for (const who of ["alex", "buyer01", "buyer02"] as const) {
    await c.mined(
      await deployer.writeContract({
        address: usdc,
        abi: mintAbi,
        functionName: "mint",
        args: [c.address(who), parseUnits("100000", 6)],
      }),
    );
  }
  return usdc;
}

export type Alex = {token: Address; splitter: Address; escrow: Address; polls: Address; campaign: Address};

/** `who` takes `amount` of the local USDC from its open mint (the demo's faucet). */
export async function mintUsdc(c: Chain, usdc: Address, who: Person, amount: bigint) {
  await c.mined(
    await c
      .wallet("deployer")
      .writeContract({address: usdc, abi: mintAbi, functionName: "mint", args: [c.address(who), amount]}),
  );
}

/**
 * $ALEX as the demo launches it (sale in USDC, an hour for 25,000 ALEX, polls) plus a 30-day staking campaign; with
 * `arbiter`, the time escrow names one (holders can then dispute a delivery).
 */
export async function launchAlex(c: Chain, usdc: Address, {arbiter}: {arbiter?: Address} = {}): Promise<Alex> {
  const alex = c.wallet("alex");
  const start = await c.now();
  const saleEnd = start + 14n * DAY;
  const salt = defaultSalt("ALEX");
  const implementations = [
    "incomeShareSplitterImplementation",
    "timeEscrowImplementation",
    "holderPollsImplementation",
    "stakingRewardsImplementation",
  ] as const;
  const predicted = predictLaunchAddresses({
    chainId: foundry.id,
    creator: alex.account.address,
    salt,
    modules: implementations,
  });
  const hash = await launchToken(alex, {
    name: "Alex Masmej",
    symbol: "ALEX",
    contractURI: `data:application/json,${encodeURIComponent(JSON.stringify({name: "Alex Masmej", description: "I sell my time, a share of my income and a say in my life."}))}`,
    totalSupply: parseEther("10000000"),
    allocations: [
      {recipient: alex.account.address, amount: parseEther("2700000")},
      {recipient: c.address("alice"), amount: parseEther("1000000")},
    ],
    vesting: {amount: parseEther("5000000"), cliff: 180n * DAY, duration: 1095n * DAY},
    salt,
    modules: [
      incomeShareModule({
        tokenAmount: parseEther("1000000"),
        terms: {
          paymentAsset: usdc,
          price: 20_000n,
          softCap: parseEther("250000"),
          saleStart: start,
          saleEnd,
          shareBps: 1_500,
          termStart: saleEnd,
          termEnd: saleEnd + 12n * 91n * DAY,
          periodLength: 91n * DAY,
          gracePeriod: 30n * DAY,
        },
      }),
      timeEscrowModule({
        config: {
          confirmationWindow: 3n * DAY,
          deliveryGrace: DAY,
          capacityPeriod: 30n * DAY,
          ...(arbiter ? {arbiter, arbitrationTimeout: 7n * DAY} : {}),
        },
        offers: [
          {
            pricePerUnit: parseEther("25000"),
            unitLength: 3_600n,
            capacity: 10,
            open: true,
            burn: false,
            uri: "ipfs://alex/an-hour",
          },
        ],
      }),
      pollsModule(),
      stakingModule({
        tokenAmount: parseEther("300000"),
        config: {stakingToken: predicted.token, duration: 30 * 86_400, startAtLaunch: true},
      }),
    ],
  });
  const launch = getLaunchFromReceipt(await c.mined(hash));
  const [splitter, escrow, polls, campaign] = launch.modules.map((m) => m.module) as [
    Address,
    Address,
    Address,
    Address,
  ];
  return {token: launch.token, splitter, escrow, polls, campaign};
}

/** `who` buys `tokens` ALEX through the SDK (approving the USDC first), as the story's buyers do. */
export async function buy(c: Chain, alex: Alex, usdc: Address, who: Person, tokens: bigint) {
  const wallet = c.wallet(who);
  const cost = purchaseCost(tokens, 20_000n);
  await c.mined(await approveToken(wallet, {token: usdc, spender: alex.splitter, amount: cost}));
  await c.mined(await buyTokens(wallet, {splitter: alex.splitter, tokens}));
}
