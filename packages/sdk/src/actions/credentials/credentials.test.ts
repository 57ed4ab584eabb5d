import {type Address, erc721Abi, getContract, parseEther, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import {
  alice,
  bob,
  creator,
  DAY,
  deployErc1271Wallet,
  erc1271WalletAbi,
  launchAlex,
  mined,
  noRpcClient,
  now,
  publicClient,
  siweMessage,
  stranger,
  warp,
} from "../../../test/utils.js";
import {
  burnCredential,
  cancelCredentialClaim,
  claimCredential,
  createCredentialClass,
  credentialsModule,
  getCredential,
  getCredentialClass,
  getLaunchFromReceipt,
  InvalidAddressError,
  InvalidParameterError,
  issueCredentials,
  launchModule,
  parseProtocolLogs,
  revokeCredential,
  signCredentialClaim,
  verifyHolderSignIn,
} from "../../index.js";

const EARLY = 0n;
const DEV = 1n;
const YEAR = 365n * DAY;
const DOMAIN = "believers.alex.example";

/** $ALEX, then a credentials module launched later (launchModule) with "Early believer" and "Great developer". */
async function alexWithCredentials() {
  const {token} = await launchAlex();
  const launched = await launchModule(creator, {
    token,
    module: credentialsModule({
      classes: [{uri: "ipfs://early-believer"}, {uri: "ipfs://great-developer", validFor: YEAR, revocable: true}],
    }),
  });
  await mined(launched.hash);
  return {token, credentials: launched.module};
}

async function signIn(wallet: typeof alice, address: Address = wallet.account.address) {
  const {message, nonce} = siweMessage(address, DOMAIN);
  return {message, nonce, signature: await wallet.signMessage({message})};
}

describe("credentials", () => {
  test("classes at launch, issue to many, read, burn, revoke", async () => {
    const {token, credentials} = await alexWithCredentials();
    expect(await getCredentialClass(publicClient, {credentials, classId: DEV})).toMatchObject({
      uri: "ipfs://great-developer",
      validUntil: 0n,
      validFor: YEAR,
      revocable: true,
      holders: 0n,
    });
    await mined(
      issueCredentials(creator, {
        credentials,
        classId: EARLY,
        recipients: [alice.account.address, bob.account.address],
      }),
    );
    const issued = await mined(
      issueCredentials(creator, {credentials, classId: DEV, recipients: [alice.account.address]}),
    );
    const {timestamp} = await publicClient.getBlock({blockNumber: issued.blockNumber});
    const early = await getCredential(publicClient, {credentials, holder: alice.account.address, classId: EARLY});
    expect(early).toMatchObject({held: true, valid: true, expiresAt: 0n, claimNonce: 0n});
    expect(early.tokenId).toBe(BigInt(alice.account.address));
    const dev = await getCredential(publicClient, {credentials, holder: alice.account.address, classId: DEV});
    expect(dev.expiresAt).toBe(timestamp + YEAR);
    // A standard ERC-721 to wallets: owner, metadata, name from the token.
    const nft = getContract({address: credentials, abi: erc721Abi, client: publicClient});
    expect(await nft.read.ownerOf([early.tokenId])).toBe(alice.account.address);
    expect(await nft.read.tokenURI([early.tokenId])).toBe("ipfs://early-believer");
    expect(await nft.read.name()).toBe("Alex Masmej Credentials");

    // Indexers: the module's own events decode with the protocol's ABI.
    const events = parseProtocolLogs(issued).map((e) => e.eventName);
    expect(events).toEqual(["Locked", "CredentialIssued"]);
    await mined(burnCredential(bob, {credentials, classId: EARLY}));
    await mined(revokeCredential(creator, {credentials, classId: DEV, holder: alice.account.address}));
    expect(await getCredentialClass(publicClient, {credentials, classId: EARLY})).toMatchObject({
      issued: 2n,
      burned: 1n,
      holders: 1n,
    });
    expect(await getCredentialClass(publicClient, {credentials, classId: DEV})).toMatchObject({
      issued: 1n,
      revoked: 1n,
      holders: 0n,
    });
    expect(token).toBeDefined();
  });

  test("a class created later; typed refusals from the simulation", async () => {
    const {credentials} = await alexWithCredentials();
    const {hash, classId} = await createCredentialClass(creator, {
      credentials,
      uri: "ipfs://marketing-dao",
      validUntil: (await now()) + 30n * DAY,
    });
    await mined(hash);
    expect(classId).toBe(2n);
    await mined(issueCredentials(creator, {credentials, classId, recipients: [alice.account.address]}));
    await expect(
      issueCredentials(creator, {credentials, classId, recipients: [alice.account.address]}),
    ).rejects.toMatchObject({errorName: "Credentials_AlreadyHeld"});
    await expect(
      issueCredentials(alice, {credentials, classId, recipients: [bob.account.address]}),
    ).rejects.toMatchObject({errorName: "Credentials_NotCreator"});
    await expect(
      revokeCredential(creator, {credentials, classId: EARLY, holder: alice.account.address}),
    ).rejects.toMatchObject({errorName: "Credentials_NotRevocable"});
    await expect(burnCredential(bob, {credentials, classId: EARLY})).rejects.toMatchObject({
      errorName: "Credentials_NotHeld",
    });
    await expect(getCredentialClass(publicClient, {credentials, classId: 9n})).rejects.toMatchObject({
      errorName: "Credentials_UnknownClass",
    });
    await expect(
      createCredentialClass(creator, {credentials, uri: "ipfs://old", validUntil: 1n}),
    ).rejects.toMatchObject({errorName: "Credentials_ExpiryInPast"});
    const tokenId = (await getCredential(publicClient, {credentials, holder: alice.account.address, classId})).tokenId;
    await expect(
      alice.writeContract({
        address: credentials,
        abi: erc721Abi,
        functionName: "transferFrom",
        args: [alice.account.address, bob.account.address, tokenId],
      }),
    ).rejects.toThrow(/Credentials_NotTransferable|reverted/);
  });

  test("a recipient claims with the creator's signature; replays and cancelled claims are refused", async () => {
    const {credentials} = await alexWithCredentials();
    const deadline = (await now()) + 30n * DAY;
    /** `signer`'s claim of the "Early believer" credential for `recipient`. */
    const claimFor = (signer: typeof creator, recipient: Address) =>
      signCredentialClaim(signer, {credentials, classId: EARLY, recipient, deadline});
    const signed = await claimFor(creator, alice.account.address);
    expect(signed.claim).toEqual({classId: EARLY, recipient: alice.account.address, nonce: 0n, deadline});
    // Anyone may submit it: a stranger pays the gas, alice gets the credential.
    await mined(claimCredential(stranger, {credentials, ...signed}));
    expect((await getCredential(publicClient, {credentials, holder: alice.account.address, classId: EARLY})).held).toBe(
      true,
    );
    await expect(claimCredential(alice, {credentials, ...signed})).rejects.toMatchObject({
      errorName: "Credentials_InvalidNonce",
    });

    const forBob = await claimFor(creator, bob.account.address);
    await mined(cancelCredentialClaim(creator, {credentials, classId: EARLY, recipient: bob.account.address}));
    await expect(claimCredential(bob, {credentials, ...forBob})).rejects.toMatchObject({
      errorName: "Credentials_InvalidNonce",
    });
    const forged = await claimFor(stranger, bob.account.address);
    await expect(claimCredential(bob, {credentials, ...forged})).rejects.toMatchObject({
      errorName: "Credentials_InvalidSignature",
    });
  });

  test("a smart-wallet creator signs claims with its owner's key", async () => {
    const wallet = await deployErc1271Wallet(creator.account.address);
    // The wallet launches its own token with credentials: its owner's signatures count as the wallet's.
    const walletLaunch = await mined(
      creator.writeContract({
        address: wallet,
        abi: erc1271WalletAbi,
        functionName: "execute",
        args: [await factoryAddress(), await launchCalldata(wallet)],
      }),
    );
    const credentials = getLaunchFromReceipt(walletLaunch).modules[0]!.module;
    const signed = await signCredentialClaim(creator, {
      credentials,
      classId: EARLY,
      recipient: alice.account.address,
      deadline: (await now()) + DAY,
    });
    await mined(claimCredential(alice, {credentials, ...signed}));
    expect(
      (await getCredential(publicClient, {credentials, holder: alice.account.address, classId: EARLY})).valid,
    ).toBe(true);
  });

  test("verifyHolderSignIn gates on a credential instead of, or beside, a balance", async () => {
    const {token, credentials} = await alexWithCredentials();
    await mined(issueCredentials(creator, {credentials, classId: EARLY, recipients: [bob.account.address]}));
    await mined(
      issueCredentials(creator, {credentials, classId: DEV, recipients: [bob.account.address, alice.account.address]}),
    );

    // Credential only: bob holds none of the token but is an early believer.
    const bobIn = await signIn(bob);
    const ok = await verifyHolderSignIn(publicClient, {
      ...bobIn,
      credential: {credentials, classId: EARLY},
      domain: DOMAIN,
    });
    expect(ok).toMatchObject({
      ok: true,
      address: bob.account.address,
      balance: undefined,
      credential: {classId: EARLY, expiresAt: 0n},
    });

    // Beside a balance: bob has the credential but no tokens; alice has tokens but no credential.
    const both = {token, minBalance: parseEther("1"), credential: {credentials, classId: EARLY}, domain: DOMAIN};
    expect(await verifyHolderSignIn(publicClient, {...(await signIn(bob)), ...both})).toMatchObject({
      ok: false,
      reason: "insufficient-balance",
    });
    expect(await verifyHolderSignIn(publicClient, {...(await signIn(alice)), ...both})).toMatchObject({
      ok: false,
      reason: "missing-credential",
      address: alice.account.address,
    });

    // Expiry: a year later the "Great developer" credential no longer lets alice in, unless expired ones are accepted.
    await warp(YEAR + DAY);
    const dev = {credentials, classId: DEV};
    expect(await verifyHolderSignIn(publicClient, {...(await signIn(alice)), credential: dev})).toMatchObject({
      ok: false,
      reason: "expired-credential",
    });
    expect(
      await verifyHolderSignIn(publicClient, {...(await signIn(alice)), credential: {...dev, unexpiredOnly: false}}),
    ).toMatchObject({ok: true, address: alice.account.address});
    // An unknown class is simply not held.
    expect(
      await verifyHolderSignIn(publicClient, {...(await signIn(alice)), credential: {credentials, classId: 7n}}),
    ).toMatchObject({ok: false, reason: "missing-credential"});
  });

  test("bad parameters throw before any RPC", async () => {
    const {client, calls} = noRpcClient();
    const credentials = alice.account.address;
    await expect(
      issueCredentials(client, {credentials, classId: 0n, recipients: [alice.account.address, alice.account.address]}),
    ).rejects.toThrow(InvalidParameterError);
    await expect(issueCredentials(client, {credentials, classId: 0n, recipients: [zeroAddress]})).rejects.toThrow(
      InvalidParameterError,
    );
    await expect(issueCredentials(client, {credentials, classId: 0n, recipients: []})).rejects.toThrow(
      InvalidParameterError,
    );
    await expect(createCredentialClass(client, {credentials, uri: ""})).rejects.toThrow(InvalidParameterError);
    await expect(
      createCredentialClass(client, {credentials, uri: "ipfs://x", validFor: 101n * 365n * 86_400n}),
    ).rejects.toThrow(InvalidParameterError);
    await expect(burnCredential(client, {credentials: "0x1", classId: 0n})).rejects.toThrow(InvalidAddressError);
    // Inputs named as in Solidity are checked against the ABI, under that name.
    await expect(burnCredential(client, {credentials, classId: -1n})).rejects.toMatchObject({
      name: "InvalidAmountError",
      field: "classId",
    });
    await expect(revokeCredential(client, {credentials, classId: 0n, holder: "0x12"})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "holder",
    });
    await expect(
      cancelCredentialClaim(client, {credentials, classId: 2n ** 256n, recipient: alice.account.address}),
    ).rejects.toMatchObject({name: "InvalidAmountError", field: "classId"});
    await expect(
      claimCredential(client, {
        credentials,
        claim: {classId: 0n, recipient: alice.account.address, nonce: 0n, deadline: 1n},
        signature: "0x",
      }),
    ).rejects.toThrow(InvalidParameterError);
    await expect(
      verifyHolderSignIn(client, {message: "", signature: "0x"} as Parameters<typeof verifyHolderSignIn>[1]),
    ).rejects.toThrow(InvalidParameterError);
    await expect(
      verifyHolderSignIn(client, {
        message: "",
        signature: "0x",
        minBalance: 1n,
        credential: {credentials, classId: 0n},
      }),
    ).rejects.toThrow(InvalidParameterError);
    expect(() => credentialsModule({classes: [{uri: "ipfs://x", validUntil: -1n}]})).toThrow();
    expect(calls).toEqual([]);
  });
});

async function factoryAddress(): Promise<Address> {
  const {getDeployment} = await import("../../index.js");
  return getDeployment(31337).factory;
}

/** `launchWithModules` calldata for a wallet-created token with one credentials class. */
async function launchCalldata(wallet: Address) {
  const {encodeFunctionData} = await import("viem");
  const {personalTokenFactoryAbi} = await import("../../generated.js");
  const {getDeployment} = await import("../../index.js");
  const module = credentialsModule({classes: [{uri: "ipfs://early-believer"}]});
  return encodeFunctionData({
    abi: personalTokenFactoryAbi,
    functionName: "launchWithModules",
    args: [
      {
        name: "Wallet Token",
        symbol: "WALT",
        contractURI: "",
        totalSupply: parseEther("1"),
        allocations: [{recipient: wallet, amount: parseEther("1")}],
        vesting: {amount: 0n, cliff: 0n, duration: 0n},
        salt: `0x${"00".repeat(32)}`,
      },
      [{implementation: getDeployment(31337).credentialsImplementation, tokenAmount: 0n, data: module.data}],
    ],
  });
}
