import {type Account, type Chain, type Client, type Hash, type Transport, zeroAddress} from "viem";
import {ensureAllowance} from "../../utils/allowance.js";
import {readProtocolContract, senderOf, writeProtocolContract} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {type LoanParameters, loanContract} from "./loanContract.js";

/** What {@link fundLoan} and {@link repayLoan} take besides `amount`, which each documents. */
export type LoanPaymentParameters = LoanParameters & {
  /** ERC-20 loans: approve exactly `amount` first (and wait for it) if the allowance is short. Default: false. */
  approve?: boolean | undefined;
};

/**
 * {@link fundLoan} and {@link repayLoan}: both send `amount` of the loan's asset to `fund(amount)` or `repay(amount)`,
 * as value for an ETH loan, else after approving it (`approve: true`) when the allowance is short.
 */
export function defineLoanPayment<parameters extends LoanPaymentParameters & {amount: bigint}>(
  name: string,
  functionName: "fund" | "repay",
) {
  return async function pay<chain extends Chain | undefined, account extends Account | undefined>(
    client: Client<Transport, chain, account>,
    parameters: parameters,
  ): Promise<Hash> {
    const {amount, approve = false, account} = parameters;
    const loan = loanContract.at(parameters.loan);
    assertAmount(amount, "amount", {min: 1n});
    const sender = senderOf(client as Client, account, name);
    const c = client as Client<Transport, Chain | undefined, Account | undefined>;
    const asset = await readProtocolContract(c, {...loan, functionName: "asset"});
    const isEth = asset === zeroAddress;
    if (!isEth && approve) {
      await ensureAllowance(c, {token: asset, spender: loan.address, amount, sender}, name);
    }
    return writeProtocolContract(
      client,
      {
        ...loan,
        functionName,
        args: [amount],
        value: isEth ? amount : undefined,
        account,
      },
      name,
    );
  };
}
