import type {Account, Address, Chain, Client, Hash, SignTypedDataErrorType, Transport} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {ensureAllowance} from "../../utils/allowance.js";
import {readProtocolContract, senderOf, writeProtocolContract} from "../../utils/contract.js";
import {type PermitDeadlineParameters, signPermit} from "../../utils/permit.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";
import {type CampaignParameters, campaignContract} from "./campaignContract.js";

export type StakeParameters = CampaignParameters &
  PermitDeadlineParameters & {
    /** Staking-token units to deposit (e.g. LP shares, 18 decimals). */
    amount: bigint;
    /**
     * Sign an EIP-2612 permit on the staking token and send `stakeWithPermit`: one transaction, no approval. Works with
     * ERC-5267 tokens and with Uniswap V2 LP shares (domain rebuilt and checked against `DOMAIN_SEPARATOR()`). Not with `for`.
     */
    permit?: boolean | undefined;
    /** Without a permit: approve exactly `amount` first (and wait for it) if the allowance is short. Default: false. */
    approve?: boolean | undefined;
    /** Credit the stake to another account (`stakeFor`); the sender pays. */
    for?: Address | undefined;
  };
export type StakeReturnType = Hash;
export type StakeErrorType = WriteActionErrorType | SignTypedDataErrorType;

/**
 * Stakes `amount` of the campaign's staking token. Three ways to pay: an existing allowance (default), `approve: true`
 * (an exact approval first, when short), or `permit: true` (a signature, one transaction). `for` stakes on behalf of
 * another account. The campaign credits what arrived (fee-on-transfer tokens credit less).
 *
 * @example
 * const hash = await stake(walletClient, {campaign, amount: parseEther("10"), permit: true})
 */
export async function stake<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: StakeParameters,
): Promise<StakeReturnType> {
  const {amount, permit = false, approve = false, account} = parameters;
  const campaign = campaignContract.at(parameters.campaign);
  assertAmount(amount, "amount", {min: 1n});
  if (parameters.for !== undefined) assertAddress(parameters.for, "for");
  if (parameters.permitDeadline !== undefined) assertAmount(parameters.permitDeadline, "permitDeadline");
  if (permit && parameters.for !== undefined) {
    throw new InvalidParameterError({
      field: "permit",
      reason: "cannot be combined with `for` (stakeWithPermit stakes for the signer): approve instead",
    });
  }
  if (permit && approve) throw new InvalidParameterError({field: "permit", reason: "and approve cannot both be true"});
  const sender = senderOf(client as Client, account, "stake");
  const c = client as Client<Transport, Chain | undefined, Account | undefined>;

  if (permit || approve) {
    const token = await readProtocolContract(c, {...campaign, functionName: "stakingToken"});
    const payment = {token, spender: campaign.address, amount, sender};
    if (approve) {
      await ensureAllowance(c, payment, "stake");
    } else {
      const {deadline, v, r, s} = await signPermit(c, {...payment, deadline: parameters.permitDeadline});
      return writeProtocolContract(
        client,
        {...campaign, functionName: "stakeWithPermit", args: [amount, deadline, v, r, s], account},
        "stake",
      );
    }
  }
  return writeProtocolContract(
    client,
    parameters.for === undefined
      ? {...campaign, functionName: "stake", args: [amount], account}
      : {...campaign, functionName: "stakeFor", args: [parameters.for, amount], account},
    "stake",
  );
}
