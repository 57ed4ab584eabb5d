// Wallets are discovered through EIP-6963: a wallet that announces itself gets its own connect button. And the token
// page on a phone-sized screen: readable, operable, no serious accessibility violation.
import {expect, test} from "./fixtures.js";

test("an EIP-6963 wallet is discovered and offered by name", async ({app, page}) => {
  await page.addInitScript(() => {
    const provider = {
      request: async ({method}: {method: string}) => {
        if (method === "eth_chainId") return "0x7a69";
        if (method === "eth_accounts") return [];
        throw Object.assign(new Error("unsupported"), {code: 4200});
      },
      on() {},
      removeListener() {},
    };
    const announce = () =>
      window.dispatchEvent(
        new CustomEvent("eip6963:announceProvider", {
          detail: Object.freeze({
            info: {
              uuid: "2f1f5a3e-0000-4000-8000-000000000001",
              name: "Test Wallet",
              icon: "data:image/svg+xml,<svg/>",
              rdns: "org.example.testwallet",
            },
            provider,
          }),
        }),
      );
    window.addEventListener("eip6963:requestProvider", announce);
    announce();
  });
  await app.open("");
  await page
    .getByRole("button", {name: "Disconnect"})
    .click({timeout: 5_000})
    .catch(() => {}); // the dev wallet reconnects by itself
  await expect(page.getByRole("button", {name: "Connect Test Wallet"})).toBeVisible();
  await expect(page.getByRole("button", {name: "Connect Dev wallet (local chain)"})).toBeVisible();
});

test("the token page on a phone", async ({app, page, alexToken}) => {
  await page.setViewportSize({width: 390, height: 844});
  await app.open(`token/${alexToken.token}`);
  await expect(page.getByTestId("sale-sold")).toContainText("0 of 1,000,000 ALEX sold");
  await app.actAs("alice");
  await expect(page.getByTestId("my-balance")).toContainText("1,000,000 ALEX");
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390); // nothing overflows sideways
  await page.getByLabel(/Tokens to buy/).focus();
  await page.keyboard.type("1000");
  await expect(page.getByText("= 1,000 ALEX")).toBeVisible();
  await app.shot("phone-token-page");
  await app.axe();
});
