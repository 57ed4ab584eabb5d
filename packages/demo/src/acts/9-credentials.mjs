// Act 9: "a diploma of its own". Alex adds a credentials module to $ALEX and gives his 30 primary buyers an
// "Early believer" credential in one transaction: a soulbound ERC-721 (ERC-5192 locked) nobody can buy or move. A page
// of his site admits early believers only (Sign-In with Ethereum + verifyHolderSignIn with a credential): buyer 01 is
// in; alice, who holds 1,000,000 ALEX but bought none in the sale, is not; buyer 01 cannot sell the credential.

import {
  credentialsModule,
  decodeContractRevert,
  getCredential,
  getCredentialClass,
  issueCredentials,
  launchModule,
  verifyHolderSignIn,
} from "@personal-token/sdk";
import {erc721Abi} from "viem";
import {createSiweMessage, generateSiweNonce} from "viem/siwe";
import {BELIEVERS_PAGE, BUYERS, EARLY_BELIEVER_URI} from "../figures.mjs";
import {amount} from "../report.mjs";

const EARLY_BELIEVER = 0n;

/** Adds credentials to `token`, issues "Early believer" to the buyers and gates a page on it. */
export async function giveEarlyBelieverCredentials({publicClient, report, names, alex, alice, buyers, step}, {token}) {
  report.act('Act 9. "Early believer": Alex vouches for his 30 primary buyers and gates a page on it');
  let credentials;
  await step(
    'Alex adds a credentials module with one class, "Early believer" (no expiry, never revocable)',
    async () => {
      const launched = await launchModule(alex, {
        token,
        module: credentialsModule({classes: [{uri: EARLY_BELIEVER_URI}]}),
      });
      credentials = launched.module;
      return launched.hash;
    },
  );
  names.set(credentials, "credentials");
  const [issued] = await step(`Alex issues it to his ${BUYERS} primary buyers in one transaction`, () =>
    issueCredentials(alex, {
      credentials,
      classId: EARLY_BELIEVER,
      recipients: buyers.map((b) => b.account.address),
    }),
  );
  const cls = await getCredentialClass(publicClient, {credentials, classId: EARLY_BELIEVER});
  report.line(
    `${cls.holders} holders of "Early believer" (${cls.uri}), ${amount(issued.gasUsed / BigInt(BUYERS), 0)} gas each; never revocable: only a holder can burn theirs`,
  );

  // The page: a Sign-In with Ethereum message, checked with the credential instead of a balance.
  const page = {credentials, classId: EARLY_BELIEVER};
  const signIn = async (wallet) => {
    const nonce = generateSiweNonce();
    const message = createSiweMessage({
      address: wallet.account.address,
      chainId: publicClient.chain.id,
      domain: BELIEVERS_PAGE,
      nonce,
      uri: `https://${BELIEVERS_PAGE}/`,
      version: "1",
      issuedAt: new Date(),
    });
    const signature = await wallet.signMessage({message});
    return verifyHolderSignIn(publicClient, {message, signature, credential: page, domain: BELIEVERS_PAGE, nonce});
  };
  const admitted = await signIn(buyers[0]);
  const refused = await signIn(alice);
  report.line(
    `${BELIEVERS_PAGE}: buyer 01 signs in -> ${admitted.ok ? `admitted (credential #${admitted.credential.tokenId.toString(16).slice(0, 8)}…)` : `refused: ${admitted.reason}`}; alice (supporter, holds ALEX, bought nothing in the sale) -> ${refused.ok ? "admitted" : `refused: ${refused.reason}`}`,
  );

  // Nobody can buy one: every transfer reverts.
  const {tokenId} = await getCredential(publicClient, {
    credentials,
    holder: buyers[0].account.address,
    classId: EARLY_BELIEVER,
  });
  const sale = await publicClient
    .simulateContract({
      account: buyers[0].account,
      address: credentials,
      abi: erc721Abi,
      functionName: "transferFrom",
      args: [buyers[0].account.address, alice.account.address, tokenId],
    })
    .then(
      () => "went through",
      (error) => decodeContractRevert(error)?.errorName ?? "reverted",
    );
  report.line(`buyer 01 tries to sell theirs to alice: ${sale}`);
  return {credentials};
}
