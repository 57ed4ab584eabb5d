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

export type RepayLoanParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
  /** Asset units to repay: at most what is still owed (`getLoan(...).owed`). */
  amount: bigint;
  /** ERC-20 loans: approve exactly `amount` first (and wait for it) if the allowance is short. Default: false. */
  approve?: boolean | undefined;
};
export type RepayLoanReturnType = Hash;
export type RepayLoanErrorType = WriteActionErrorType;

/**
 * Repays `amount` of an active loan on the creator's behalf — anyone may, early or late. Installments are filled in
 * order and recorded on chain (when each was paid in full, whether late); what arrives is distributed pro rata to
 * whoever holds the claim token at that moment. An ETH loan sends `amount` as value.
 *
 * @example
 * const hash = await repayLoan(walletClient, {loan, amount: parseUnits("525", 6), approve: true})
 */
export async function repayLoan<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {loan, amount, approve = false, account}: RepayLoanParameters,
): Promise<RepayLoanReturnType> {
  assertAddress(loan, "loan");
  assertAmount(amount, "amount", {min: 1n});
  const owner = senderAddress(client as Client, account, "repayLoan");
  const c = client as Client<Transport, Chain | undefined, Account | undefined>;
  const asset = await readProtocolContract(c, {address: loan, abi: personalLoanAbi, functionName: "asset"});
  const isEth = asset === zeroAddress;
  if (!isEth && approve) {
    await ensureAllowance(c, {token: asset, owner, spender: loan, amount, account}, "repayLoan");
  }
  return writeProtocolContract(
    client,
    {
      address: loan,
      abi: personalLoanAbi,
      functionName: "repay",
      args: [amount],
      value: isEth ? amount : undefined,
      account,
    },
    "repayLoan",
  );
}
