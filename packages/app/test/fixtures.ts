// What every spec shares: a fresh chain (reverted to the run's snapshot), $ALEX launched when the spec wants it, and
// page helpers that act as a person does — connect the dev wallet, pick who to be, read the screen — plus a
// screenshot of every page visited (saved as test output) and an axe check on it.
import AxeBuilder from "@axe-core/playwright";
import {test as base, expect, type Page} from "@playwright/test";
import type {Address, Hex} from "viem";
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
    await c.revert(process.env.BASE_SNAPSHOT as Hex);
    process.env.BASE_SNAPSHOT = await c.snapshot(); // anvil consumes a snapshot when reverting to it
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
        const connect = page.getByRole("button", {name: "Connect Dev wallet (local chain)"});
        if (await connect.isVisible()) await connect.click();
        await page.getByLabel("Dev wallet — act as").selectOption({label: personLabel[who]});
        await expect(page.getByLabel("Dev wallet — act as")).toHaveValue(/\d+/);
      },
      async shot(name) {
        shots += 1;
        const path = testInfo.outputPath(`${String(shots).padStart(2, "0")}-${name}.png`);
        await page.screenshot({path, fullPage: true});
        await testInfo.attach(name, {path, contentType: "image/png"});
      },
      async axe() {
        const {violations} = await new AxeBuilder({page}).analyze();
        const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      },
    };
    await use(app);
  },
});

export {expect};
