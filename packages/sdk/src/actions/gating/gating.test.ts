import {type Address, parseEther} from "viem";
import {type CreateSiweMessageParameters, generateSiweNonce} from "viem/siwe";
import {describe, expect, test} from "vitest";
import {
  alice,
  bob,
  creator,
  deployErc1271Wallet,
  launchAlex,
  noRpcClient,
  publicClient,
  siweMessage,
  stranger,
  transferToken,
} from "../../../test/utils.js";
import {InvalidAddressError, InvalidAmountError, verifyHolderSignIn} from "../../index.js";

const DOMAIN = "chat.alex.example";
const ONE = parseEther("1");

function siwe(address: Address, overrides: Partial<CreateSiweMessageParameters> = {}) {
  return siweMessage(address, DOMAIN, {
    statement: "Sign in to Alex's holders' chat.",
    expirationTime: new Date(Date.now() + 10 * 60_000),
    ...overrides,
  });
}

describe("verifyHolderSignIn", () => {
  test("an EOA holder signs in; a non-holder is refused for its balance", async () => {
    const {token} = await launchAlex();
    const {message, nonce} = siwe(alice.account.address);
    const signature = await alice.signMessage({message});
    const result = await verifyHolderSignIn(publicClient, {
      message,
      signature,
      token,
      minBalance: ONE,
      domain: DOMAIN,
      nonce,
    });
    expect(result).toMatchObject({
      ok: true,
      address: alice.account.address,
      balance: parseEther("1000000"),
      chainId: 31337,
      nonce,
    });

    const other = siwe(stranger.account.address);
    const refused = await verifyHolderSignIn(publicClient, {
      message: other.message,
      signature: await stranger.signMessage({message: other.message}),
      token,
      minBalance: ONE,
      domain: DOMAIN,
      nonce: other.nonce,
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "insufficient-balance",
      address: stranger.account.address,
      balance: 0n,
    });
  });

  test("the balance can be read at a past block", async () => {
    const {token, receipt} = await launchAlex();
    await transferToken(alice, token, bob.account.address, ONE);
    const {message, nonce} = siwe(bob.account.address);
    const signature = await bob.signMessage({message});
    const base = {message, signature, token, minBalance: ONE, domain: DOMAIN, nonce};
    expect(await verifyHolderSignIn(publicClient, base)).toMatchObject({ok: true, balance: ONE});
    expect(await verifyHolderSignIn(publicClient, {...base, blockNumber: receipt.blockNumber})).toMatchObject({
      ok: false,
      reason: "insufficient-balance",
    });
  });

  test("expired, not yet valid, wrong domain, wrong nonce, wrong chain, forged signature, not SIWE", async () => {
    const {token} = await launchAlex();
    const check = async (message: string, options: {nonce?: string; time?: Date; signer?: typeof alice} = {}) =>
      verifyHolderSignIn(publicClient, {
        message,
        signature: await (options.signer ?? alice).signMessage({message}),
        token,
        minBalance: ONE,
        domain: DOMAIN,
        ...(options.nonce ? {nonce: options.nonce} : {}),
        ...(options.time ? {time: options.time} : {}),
      });
    const expired = siwe(alice.account.address, {expirationTime: new Date(Date.now() - 1_000)});
    expect(await check(expired.message)).toMatchObject({ok: false, reason: "expired"});
    const valid = siwe(alice.account.address);
    expect(await check(valid.message, {time: new Date(Date.now() + 3_600_000)})).toMatchObject({
      ok: false,
      reason: "expired",
    });
    const later = siwe(alice.account.address, {notBefore: new Date(Date.now() + 60_000)});
    expect(await check(later.message)).toMatchObject({ok: false, reason: "not-yet-valid"});
    const phishing = siwe(alice.account.address, {domain: "chat.alex.example.evil.io"});
    expect(await check(phishing.message)).toMatchObject({ok: false, reason: "domain-mismatch"});
    expect(await check(valid.message, {nonce: generateSiweNonce()})).toMatchObject({
      ok: false,
      reason: "nonce-mismatch",
    });
    const otherChain = siwe(alice.account.address, {chainId: 1});
    expect(await check(otherChain.message)).toMatchObject({ok: false, reason: "chain-mismatch"});
    // Signed by bob, claiming alice's address.
    expect(await check(valid.message, {signer: bob})).toMatchObject({
      ok: false,
      reason: "invalid-signature",
      address: alice.account.address,
    });
    expect(await check("hello")).toMatchObject({ok: false, reason: "invalid-message"});
  });

  test("an ERC-1271 smart wallet holding tokens signs in with its owner's key", async () => {
    const {token} = await launchAlex();
    const wallet = await deployErc1271Wallet(bob.account.address);
    await transferToken(creator, token, wallet, parseEther("10"));
    const {message, nonce} = siwe(wallet);
    const base = {message, token, minBalance: ONE, domain: DOMAIN, nonce};
    const result = await verifyHolderSignIn(publicClient, {...base, signature: await bob.signMessage({message})});
    expect(result).toMatchObject({ok: true, address: wallet, balance: parseEther("10")});
    // Someone else's key does not sign for the wallet.
    const forged = await verifyHolderSignIn(publicClient, {...base, signature: await alice.signMessage({message})});
    expect(forged).toMatchObject({ok: false, reason: "invalid-signature"});
  });

  test("bad parameters throw before any RPC", async () => {
    const {client, calls} = noRpcClient();
    const {message} = siwe(alice.account.address);
    await expect(verifyHolderSignIn(client, {message, signature: "0x", token: "0x1", minBalance: ONE})).rejects.toThrow(
      InvalidAddressError,
    );
    await expect(
      verifyHolderSignIn(client, {message, signature: "0x", token: alice.account.address, minBalance: -1n}),
    ).rejects.toThrow(InvalidAmountError);
    await expect(
      verifyHolderSignIn(client, {
        message,
        signature: "nope" as `0x${string}`,
        token: alice.account.address,
        minBalance: ONE,
      }),
    ).rejects.toThrow(/signature/);
    expect(calls).toEqual([]);
  });
});
