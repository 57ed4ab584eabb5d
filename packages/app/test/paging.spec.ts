// Journey: no list stops at the indexer's first page. A build of the app that asks the indexer for pages of 2 rows
// (VITE_INDEXER_PAGE=2, test builds only; the default is the indexer's largest page, 1,000) against the indexer, after
// five tokens are launched (alice holds some of each) and five people are issued a credential beside $ALEX (alice
// last). The home page shows the first two tokens and "Show more" until all five are there, then no more button; the
// token page lists all five credential holders — each read across several pages, as the indexer requests show (offset 2
// and 4); alice's portfolio shows all five tokens and her credential, its tokens named by the portfolio's own answer
// (no read of the token list).
import {execFileSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {credentialsModule, issueCredentials, launchModule, launchToken} from "@personal-token/sdk";
import {type Address, parseEther} from "viem";
import {startIndexer} from "../../indexer/scripts/start.mjs";
import {serveApp} from "../scripts/serve.mjs";
import {expect, test} from "./fixtures.js";

const APP = fileURLToPath(new URL("..", import.meta.url));
const PAGE = 2;

/** The local build with pages of `PAGE` rows, in a directory of its own. */
function buildWithSmallPages(): string {
  const outDir = mkdtempSync(join(tmpdir(), "app-paging-"));
  execFileSync("pnpm", ["exec", "vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: APP,
    stdio: "inherit",
    env: {...process.env, VITE_CHAIN_ID: "31337", VITE_INDEXER_PAGE: String(PAGE)},
  });
  return `${outDir}/`;
}

test("lists longer than one indexer page arrive whole: Show more on the token list, every holder, the whole portfolio", async ({
  app,
  chain,
  alexToken,
}) => {
  test.setTimeout(300_000); // a build, then PGlite's WebAssembly start and the backfill
  const {page} = app;
  const dist = buildWithSmallPages();

  // Four more tokens after $ALEX (five in all: pages of 2, 2 and 1), each with an allocation to alice.
  const alex = chain.wallet("alex");
  const names = ["Alex Masmej"];
  for (const symbol of ["BEE", "CAT", "DOG", "EEL"]) {
    const name = `Token ${symbol}`;
    await chain.mined(
      await launchToken(alex, {
        name,
        symbol,
        totalSupply: parseEther("1000000"),
        allocations: [
          {recipient: alex.account.address, amount: parseEther("999000")},
          {recipient: chain.address("alice"), amount: parseEther("1000")},
        ],
      }),
    );
    names.push(name);
  }
  // Credentials beside $ALEX, issued one at a time to five people, alice last (the indexer lists them in issue order).
  const launched = await launchModule(alex, {
    token: alexToken.token,
    module: credentialsModule({classes: [{uri: "ipfs://early-believer"}]}),
  });
  await chain.mined(launched.hash);
  const recipients: Address[] = [
    chain.address("buyer01"),
    chain.address("buyer02"),
    "0x00000000000000000000000000000000000000aa",
    "0x00000000000000000000000000000000000000bb",
    chain.address("alice"),
  ];
  for (const recipient of recipients) {
    await chain.mined(
      await issueCredentials(alex, {credentials: launched.module, classId: 0n, recipients: [recipient]}),
    );
  }

  const head = await chain.publicClient.getBlockNumber();
  const indexer = await startIndexer({rpcUrl: process.env.RPC_URL as string, head});
  const server = await serveApp({rpcUrl: process.env.RPC_URL as string, indexerUrl: indexer.url, dist});
  try {
    const requests: URL[] = [];
    page.on("response", (response) => {
      if (response.url().includes("/indexer/") && response.ok()) requests.push(new URL(response.url()));
    });
    const offsets = (path: string) =>
      requests
        .filter((u) => u.pathname.toLowerCase() === path.toLowerCase())
        .map((u) => `${u.searchParams.get("limit")}@${u.searchParams.get("offset")}`);

    // The token list: a page at a time, newest first.
    await page.goto(`${server.url}#/`);
    await expect(page.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    const list = page.getByTestId("token-list").getByRole("listitem");
    const more = page.getByRole("button", {name: "Show more"});
    await expect(list).toHaveCount(PAGE);
    await expect(more).toBeVisible();
    await app.shot("first-page");
    await more.click();
    await expect(list).toHaveCount(2 * PAGE);
    await expect(more).toBeVisible();
    await more.click();
    await expect(list).toHaveCount(names.length);
    await expect(more).toHaveCount(0);
    for (const name of names) await expect(page.getByTestId("token-list")).toContainText(name);
    await app.shot("every-token");
    await app.axe();
    expect(offsets("/indexer/tokens")).toEqual(expect.arrayContaining(["2@0", "2@2", "2@4"]));

    // Who holds $ALEX's credentials: five holders over three pages.
    await page.getByRole("link", {name: "Alex Masmej ($ALEX)"}).click();
    await expect(page.getByTestId("token-ready")).toContainText("Alex Masmej");
    const credentials = page.getByTestId("credentials");
    await expect(credentials.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    await expect(credentials.getByTestId("credential-holders").getByRole("listitem")).toHaveCount(recipients.length);
    await app.shot("every-credential-holder");
    const credentialsPath = `/indexer/tokens/31337/${alexToken.token}/credentials`;
    expect(offsets(credentialsPath)).toEqual(expect.arrayContaining(["2@0", "2@2", "2@4"]));

    // alice's portfolio: every token and her credential (the last issued, on the last page). The portfolio names its
    // tokens itself: no page of the token list is read for it.
    requests.length = 0;
    await page.goto(`${server.url}#/portfolio`);
    await app.actAs("alice");
    await expect(page.getByTestId("list-source")).toHaveAttribute("data-source", "indexer");
    for (const symbol of ["ALEX", "BEE", "CAT", "DOG", "EEL"])
      await expect(page.getByTestId(`holding-${symbol}`)).toBeVisible();
    await expect(page.getByTestId("holding-ALEX").getByTestId("portfolio-credentials")).toContainText(
      "class 0 (ipfs://early-believer)",
    );
    await app.shot("whole-portfolio");
    // Newest launch first, as before.
    await expect(page.locator("[data-testid^=holding-]")).toHaveCount(5);
    expect(
      await page.locator("[data-testid^=holding-]").evaluateAll((all) => all.map((e) => e.getAttribute("data-testid"))),
    ).toEqual(["EEL", "DOG", "CAT", "BEE", "ALEX"].map((symbol) => `holding-${symbol}`));
    expect(offsets(`/indexer/accounts/${chain.address("alice")}/portfolio`)).not.toHaveLength(0);
    expect(offsets("/indexer/tokens")).toEqual([]);
  } finally {
    await server.close();
    await indexer.stop();
  }
});
