import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {alex, alice, bob, cli, cliJson, errorLine, launchToken, nonce, warp} from "../utils.js";

const dir = mkdtempSync(join(tmpdir(), "pt-claims-"));

/** A fresh token with a credentials module added by `credential enable`, and "Early believer" as class 0. */
async function tokenWithCredentials(symbol: string) {
  const token = await launchToken(`Token ${symbol}`, symbol, "1000");
  const {credentials} = await cliJson<{credentials: string}>(["credential", "enable", token]);
  const created = await cli(["credential", "create-class", token, "--uri", "ipfs://early-believer", "--json"]);
  expect(created.code, created.stderr).toBe(0);
  expect(created.json()).toMatchObject({classId: "0", revocable: false});
  return {token, credentials};
}

describe("credential", () => {
  test("create classes, issue, show, burn, revoke", async () => {
    const {token, credentials} = await tokenWithCredentials("CRA");
    const dev = await cli([
      "credential",
      "create-class",
      credentials,
      "--uri",
      "ipfs://great-developer",
      "--valid-for",
      "365d",
      "--revocable",
    ]);
    expect(dev.code, dev.stderr).toBe(0);
    expect(dev.stdout).toBe(
      `created credential class 1 on ${credentials}: ipfs://great-developer (revocable, valid 365d from issue)\n`,
    );

    const issued = await cli(["credential", "issue", token, "0", alice.address, bob.address]);
    expect(issued.code, issued.stderr).toBe(0);
    expect(issued.stdout).toBe("issued credential class 0 to 2 recipient(s)\n");
    expect((await cli(["credential", "issue", token, "1", alice.address])).code).toBe(0);

    const show = await cli(["credential", "show", token, "0", alice.address], {as: null});
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain("credential class 0: ipfs://early-believer (not revocable, no expiry)\n");
    expect(show.stdout).toContain("holders 2: issued 2, burned 0, revoked 0\n");
    expect(show.stdout).toContain(`${alice.address} holds it (valid)`);

    const burned = await cli(["credential", "burn", credentials, "0"], {as: bob});
    expect(burned.code, burned.stderr).toBe(0);
    const refused = await cli(["credential", "revoke", credentials, "0", alice.address]);
    expect(refused.code).toBe(1);
    expect(errorLine(refused)).toContain("created not revocable");
    const revoked = await cli(["credential", "revoke", credentials, "1", alice.address]);
    expect(revoked.code, revoked.stderr).toBe(0);
    const json = (await cli(["credential", "show", credentials, "1", alice.address, "--json"], {as: null})).json();
    expect(json).toMatchObject({issued: "1", revoked: "1", holders: "0", credential: {held: false}});
    const early = (await cli(["credential", "show", credentials, "0", "--json"], {as: null})).json();
    expect(early).toMatchObject({issued: "2", burned: "1", holders: "1"});
    const info = (await cli(["info", token, "--json"], {as: null})).json();
    expect(info.modules).toEqual([{kind: "credentials", address: credentials, index: 0, classes: "2"}]);
  });

  test("the creator signs a claim offline; the recipient submits it once", async () => {
    const {credentials} = await tokenWithCredentials("CRB");
    const before = await nonce(alex.address);
    const signed = await cli(["credential", "sign-claim", credentials, "0", alice.address, "--deadline", "+7d"]);
    expect(signed.code, signed.stderr).toBe(0);
    expect(await nonce(alex.address)).toBe(before); // signing sends nothing
    const claim = JSON.parse(signed.stdout) as {claim: {recipient: string; nonce: string}; signature: string};
    expect(claim.claim).toMatchObject({recipient: alice.address, nonce: "0"});
    const file = join(dir, "alice.json");
    writeFileSync(file, signed.stdout);

    const claimed = await cli(["credential", "claim", credentials, file], {as: alice});
    expect(claimed.code, claimed.stderr).toBe(0);
    expect(claimed.stdout).toBe(`claimed credential class 0 for ${alice.address}\n`);
    const again = await cli(["credential", "claim", credentials, file], {as: bob});
    expect(again.code).toBe(1);
    expect(errorLine(again)).toContain("already used or cancelled");

    // A cancelled signature is refused; an expired one too.
    const forBob = join(dir, "bob.json");
    writeFileSync(forBob, (await cli(["credential", "sign-claim", credentials, "0", bob.address])).stdout);
    expect((await cli(["credential", "cancel-claim", credentials, "0", bob.address])).code).toBe(0);
    expect(errorLine(await cli(["credential", "claim", credentials, forBob], {as: bob}))).toContain(
      "already used or cancelled",
    );
    const late = join(dir, "late.json");
    writeFileSync(
      late,
      (await cli(["credential", "sign-claim", credentials, "0", bob.address, "--deadline", "+1h"])).stdout,
    );
    await warp(7_200);
    expect(errorLine(await cli(["credential", "claim", credentials, late], {as: bob}))).toContain("expired");
  });

  test("a launch file defines classes at launch ([credentials])", async () => {
    const file = join(dir, "bea.toml");
    writeFileSync(
      file,
      [
        'name = "Bea"',
        'symbol = "BEAC"',
        'supply = "1000"',
        "[credentials]",
        "[[credentials.classes]]",
        'uri = "ipfs://early-believer"',
        "[[credentials.classes]]",
        'uri = "ipfs://member-2026"',
        'valid_for = "30 days"',
        'valid_until = "+1y"',
        "revocable = true",
      ].join("\n"),
    );
    const {token, modules} = await cliJson<{token: string; modules: {kind: string; address: string}[]}>([
      "launch",
      "--config",
      file,
    ]);
    expect(modules.map((m) => m.kind)).toEqual(["credentials"]);
    const member = (await cli(["credential", "show", token, "1", "--json"], {as: null})).json();
    expect(member).toMatchObject({uri: "ipfs://member-2026", validFor: (30 * 86_400).toString(), revocable: true});
    const badFile = join(dir, "bad.toml");
    writeFileSync(
      badFile,
      'name = "X"\nsymbol = "X"\nsupply = "1"\n[credentials]\n[[credentials.classes]]\nuri = ""\n',
    );
    const bad = await cli(["launch", "--config", badFile], {rpc: false});
    expect(bad.code).toBe(2);
    expect(errorLine(bad)).toBe("error: credentials.classes[0].uri: must not be empty");
  });

  test("bad input exits 2 before any RPC", async () => {
    const offline = {rpc: false};
    const badClass = await cli(["credential", "issue", alice.address, "first", bob.address], offline);
    expect(badClass.code).toBe(2);
    expect(errorLine(badClass)).toBe('error: class: "first" is not a number');
    const twice = await cli(["credential", "issue", alice.address, "0", bob.address, bob.address], offline);
    expect(twice.code).toBe(2);
    expect(errorLine(twice)).toContain("listed twice");
    const file = join(dir, "junk.json");
    writeFileSync(file, JSON.stringify({claim: {classId: "0"}}));
    const junk = await cli(["credential", "claim", alice.address, file], offline);
    expect(junk.code).toBe(2);
    expect(errorLine(junk)).toContain("not a signed claim");
    const duration = await cli(
      ["credential", "create-class", alice.address, "--uri", "ipfs://x", "--valid-for", "soon"],
      offline,
    );
    expect(duration.code).toBe(2);
  });

  test("a token with no credentials module says so", async () => {
    const token = await launchToken("Plain", "PLNC", "1000");
    const none = await cli(["credential", "show", token, "0"], {as: null});
    expect(none.code).toBe(2);
    expect(errorLine(none)).toContain("has no credentials module");
  });
});
