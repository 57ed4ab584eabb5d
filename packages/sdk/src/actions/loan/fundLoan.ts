import {type Account, type Address, type Chain, type Client, type Hash, type Transport, zeroAddress} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import {ensureAllowance} from "../../utils/allowance.js";
import {
  readProtocolContract,
  senderAddress,
  type WriteParameters,
  writeProtocolContract,
} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

export type FundLoanParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
  /** The most to lend, in asset units; the loan takes only what the principal still lacks. */
  amount: bigint;
  /** ERC-20 loans: approve exactly `amount` first (and wait for it) if the allowance is short. Default: false. */
  approve?: boolean | undefined;
};
export type FundLoanReturnType = Hash;
export type FundLoanErrorType = WriteActionErrorType;

/**
 * Lends up to `amount` to a loan that is still funding, and receives as many claim tokens as asset units arrived.
 * An ETH loan sends `amount` as value (what the principal did not need comes back); an ERC-20 loan needs an allowance
 * (`approve: true` sets it). Below the principal at the deadline, {@link refundLoan} gives everything back.
 *
 * @example
 * const hash = await fundLoan(walletClient, {loan, amount: parseUnits("1000", 6), approve: true})
 */
export async function fundLoan<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {loan, amount, approve = false, account}: FundLoanParameters,
): Promise<FundLoanReturnType> {
  assertAddress(loan, "loan");
  assertAmount(amount, "amount", {min: 1n});
  const owner = senderAddress(client as Client, account, "fundLoan");
  const c = client as Client<Transport, Chain | undefined, Account | undefined>;
  const asset = await readProtocolContract(c, {address: loan, abi: personalLoanAbi, functionName: "asset"});
  const isEth = asset === zeroAddress;
  if (!isEth && approve) {
    await ensureAllowance(c, {token: asset, owner, spender: loan, amount, account}, "fundLoan");
  }
  return writeProtocolContract(
    client,
    {
      address: loan,
      abi: personalLoanAbi,
      functionName: "fund",
      args: [amount],
      value: isEth ? amount : undefined,
      account,
    },
    "fundLoan",
  );
}
