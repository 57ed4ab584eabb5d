// Journey: the app with the indexer beside it, as `pnpm demo` serves it. After $ALEX's launch and a few transfers, the
// indexer (packages/indexer/scripts/start.mjs: `ponder start` on embedded PGlite in a temp dir) indexes this spec's
// chain, and a second server for the same build proxies /indexer/* to it. The home page's token list, $ALEX's holders
// with their count (equal to the chain's), who holds its credentials and alice's portfolio say they come from the
// indexer. The indexer runs only inside this spec: the next spec reverts the chain, which an indexer must not see.
import {credentialsModule, issueCredentials, launchModule} from "@personal-token/sdk";
import {type Address, erc20Abi, getAddress, parseEther, zeroAddress} from "viem";
import {startIndexer} from "../../indexer/scripts/start.mjs";
import {serveApp} from "../scripts/serve.mjs";
import {expect, test} from "./fixtures.js";

test("the token list, a token's holders and a portfolio come from the indexer", async ({app, chain, alexToken}) => {
  test.setTimeout(300_000); // PGlite's WebAssembly start and the backfill: 20–60 s on a busy 2-core machine
  const {page} = app;
  const token = alexToken.token;
  const alice = chain.wallet("alice");
  for (const [to, amount] of [
    [chain.address("buyer01"), "1000"],
    [chain.address("buyer02"), "2000"],
    ["0x00000000000000000000000000000000000000aa", "3"],
  ] as const) {
    await chain.mined(
      await alice.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: "transfer",
        args: [to, parseEther(amount)],
      }),
    );
  }
  // Credentials beside $ALEX, one issued to buyer 01: the token page lists its holders from the indexer too.
  const launched = await launchModule(chain.wallet("alex"), {
    token,
    module: credentialsModule({classes: [{uri: "ipfs://early-believer"}]}),
  });
  await chain.mined(launched.hash);
  await chain.mined(
    await issueCredentials(chain.wallet("alex"), {
      credentials: launched.module,
      classId: 0n,
      recipients: [chain.address("buyer01")],
    }),
  );

  // The chain's own count: every account a Transfer ever credited, with a balance now.
  const credited = await chain.publicClient.getContractEvents({
    address: token,
    abi: erc20Abi,
    eventName: "Transfer",
    fromBlock: 0n,
  });
  const accounts = [...new Set(credited.map((log) => log.args.to as `0x${string}`))].filter((a) => a !== zeroAddress);
  const balances = await Promise.all(accounts.map((a) => chain.balanceOf(token, a)));
  const holderCount = balances.filter((b) => b > 0n).length;

  const head = await chain.publicClient.getBlockNumber();
  const indexer = await startIndexer({rpcUrl: process.env.RPC_URL as string, head});
  const server = await serveApp({rpcUrl: process.env.RPC_URL as string, indexerUrl: indexer.url});
  try {
    const fromIndexer: string[] = [];
    page.on("response", (response) => {
      if (response.url().includes("/indexer/") && response.ok())
        fromIndexer.push(new URL(response.url()).pathname.toLowerCase());
    });
    await page.goto(`${server.url}#/`);
    await expect(page.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    await expect(page.getByTestId("token-list")).toContainText("Alex Masmej ($ALEX)");
    // The indexer stores addresses in lower case; the app shows them as the chain does (EIP-55), everywhere.
    const short = (a: Address) => `${getAddress(a).slice(0, 6)}…${getAddress(a).slice(-4)}`;
    await expect(page.getByTestId("token-list")).toContainText(`by ${short(chain.address("alex"))}`);
    await app.shot("home-from-indexer");

    await page.getByRole("link", {name: "Alex Masmej ($ALEX)"}).click();
    await expect(page.getByTestId("token-ready")).toContainText("Alex Masmej");
    await expect(page.getByTestId("holder-count")).toHaveText(String(holderCount));
    const holdersSection = page.getByRole("region", {name: "Holders and activity"});
    await expect(holdersSection.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    // Accounts the page knows are named: the creator's vesting holds the most, and buyer 02's tokens came from alice.
    const topHolders = holdersSection.getByRole("region", {name: "Top holders"});
    await expect(topHolders.getByRole("row").nth(1)).toHaveText(
      /^creator vesting 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}5,000,000$/,
    );
    await expect(topHolders).toContainText(`creator (liquid) ${short(chain.address("alex"))}`);
    await expect(topHolders.getByRole("cell", {name: short(chain.address("buyer02")), exact: true})).toBeVisible();
    const credentials = page.getByTestId("credentials");
    await expect(credentials.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    await expect(credentials.getByTestId("credential-holders")).toContainText("holds class 0 (no expiry, issued)");
    await app.shot("holders-from-indexer");
    await app.axe();

    await page.goto(`${server.url}#/portfolio`);
    await app.actAs("alice");
    await expect(page.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    await expect(page.getByTestId("holding-ALEX")).toContainText(/Alex Masmej \(\$ALEX\): [\d,]+ ALEX/);
    await app.shot("portfolio-from-indexer");

    expect(fromIndexer).toEqual(
      expect.arrayContaining([
        "/indexer/tokens",
        `/indexer/tokens/31337/${token.toLowerCase()}/holders`,
        `/indexer/tokens/31337/${token.toLowerCase()}/credentials`,
        `/indexer/accounts/${chain.address("alice").toLowerCase()}/portfolio`,
      ]),
    );
  } finally {
    await server.close();
    await indexer.stop();
  }
});
