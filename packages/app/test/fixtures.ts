// What every spec shares: a fresh chain (reverted to the run's snapshot), $ALEX launched when the spec wants it, and
// page helpers that act as a person does — connect the dev wallet, pick who to be, read the screen — plus a
// screenshot of every page visited (saved as test output) and an axe check on it.
import {readFileSync, writeFileSync} from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import {test as base, expect, type Page} from "@playwright/test";
import type {Address} from "viem";
import {type Alex, type Chain, chain, launchAlex, type Person, personLabel} from "./chain.js";

type Fixtures = {
  chain: Chain;
  alexToken: Alex;
  app: App;
};

export type App = {
  open: (route: string) => Promise<void>;
  actAs: (who: Person) => Promise<void>;
  shot: (name: string) => Promise<void>;
  axe: () => Promise<void>;
  page: Page;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures destructure their dependencies
  chain: async ({}, use) => {
    const c = chain(process.env.RPC_URL as string);
    // anvil drops a snapshot once reverted to, so each test takes the next one; the id lives in a file because
    // Playwright starts a new worker after a failed test.
    const file = process.env.SNAPSHOT_FILE as string;
    const reverted = (await c.publicClient.request({
      method: "evm_revert",
      params: [readFileSync(file, "utf8")],
    } as never)) as boolean;
    if (!reverted) throw new Error("could not revert anvil to the run's snapshot");
    writeFileSync(file, await c.snapshot());
    await use(c);
  },
  alexToken: async ({chain: c}, use) => {
    await use(await launchAlex(c, process.env.USDC as Address));
  },
  app: async ({page}, use, testInfo) => {
    let shots = 0;
    const app: App = {
      page,
      async open(route) {
        await page.goto(`${process.env.APP_URL}#/${route}`);
      },
      async actAs(who) {
        // The wallet reconnects by itself after a navigation; the connect button shows only once it has not.
        const connect = page.getByRole("button", {name: "Connect Dev wallet (local chain)"});
        const picker = page.getByLabel("Dev wallet — act as");
        await expect(picker.or(connect)).toBeVisible();
        if (await connect.isVisible()) await connect.click();
        await picker.selectOption({label: personLabel[who]});
        await expect(page.getByTestId("account")).toBeVisible();
      },
      async shot(name) {
        shots += 1;
        const path = testInfo.outputPath(`${String(shots).padStart(2, "0")}-${name}.png`);
        await page.screenshot({path, fullPage: true});
        await testInfo.attach(name, {path, contentType: "image/png"});
      },
      async axe() {
        const {violations} = await new AxeBuilder({page}).analyze();
        // Serious and critical findings, and headings that skip a level (a screen reader's outline of the page).
        const bad = violations.filter(
          (v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order",
        );
        expect(bad.map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(" ; ")}`)).toEqual(
          [],
        );
      },
    };
    await use(app);
  },
});

export {expect};
