import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import {getBlock} from "viem/actions";
import type {ValidationErrorType} from "../../errors/validation.js";
import {personalLoanAbi} from "../../generated.js";
import {type LoanStatus, loanStatuses} from "../../types.js";
import {multicallProtocolContracts} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type GetLoanParameters = {loan: Address};

/** One installment as recorded on chain. */
export type LoanInstallmentRecord = {
  dueDate: bigint;
  amount: bigint;
  /** Paid towards it so far (repayments fill installments in order). */
  paid: bigint;
  /** When it was paid in full (0n while it is not). */
  paidAt: bigint;
  /** Paid in full after due date + grace, or still unpaid past it. */
  late: boolean;
};

export type GetLoanReturnType = {
  loan: Address;
  /** The personal token the loan sits beside. */
  token: Address;
  creator: Address;
  /** The claim token's name, symbol and decimals (the asset's). */
  name: string;
  symbol: string;
  decimals: number;
  /** The asset lent and repaid (zero address: ETH). */
  asset: Address;
  status: LoanStatus;
  principal: bigint;
  totalOwed: bigint;
  /** Still owed (`totalOwed − totalRepaid`). */
  owed: bigint;
  fundingDeadline: bigint;
  gracePeriod: bigint;
  totalFunded: bigint;
  /** When the principal was reached (0n before). */
  fundedAt: bigint;
  principalWithdrawn: boolean;
  totalRefunded: bigint;
  totalRepaid: bigint;
  /** When everything owed had arrived (0n before). */
  repaidAt: bigint;
  totalClaimed: bigint;
  /** Index of the first installment not paid in full. */
  nextInstallment: bigint;
  lateInstallmentCount: bigint;
  installments: LoanInstallmentRecord[];
};

export type GetLoanErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * Reads a personal loan in one block: its terms, where it stands, and the on-chain record of every installment (due,
 * paid, when, late).
 *
 * @example
 * const {status, owed, installments, lateInstallmentCount} = await getLoan(publicClient, {loan})
 */
export async function getLoan<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {loan}: GetLoanParameters,
): Promise<GetLoanReturnType> {
  assertAddress(loan, "loan");
  const block = await getBlock(client as Client, {includeTransactions: false});
  const contract = {address: loan, abi: personalLoanAbi} as const;
  const [
    token,
    creator,
    name,
    symbol,
    decimals,
    asset,
    status,
    principal,
    totalOwed,
    owed,
    fundingDeadline,
    gracePeriod,
    totalFunded,
    fundedAt,
    principalWithdrawn,
    totalRefunded,
    totalRepaid,
    repaidAt,
    totalClaimed,
    nextInstallment,
    lateInstallmentCount,
    installments,
  ] = await multicallProtocolContracts(
    client,
    [
      {...contract, functionName: "token"},
      {...contract, functionName: "creator"},
      {...contract, functionName: "name"},
      {...contract, functionName: "symbol"},
      {...contract, functionName: "decimals"},
      {...contract, functionName: "asset"},
      {...contract, functionName: "status"},
      {...contract, functionName: "principal"},
      {...contract, functionName: "totalOwed"},
      {...contract, functionName: "owed"},
      {...contract, functionName: "fundingDeadline"},
      {...contract, functionName: "gracePeriod"},
      {...contract, functionName: "totalFunded"},
      {...contract, functionName: "fundedAt"},
      {...contract, functionName: "principalWithdrawn"},
      {...contract, functionName: "totalRefunded"},
      {...contract, functionName: "totalRepaid"},
      {...contract, functionName: "repaidAt"},
      {...contract, functionName: "totalClaimed"},
      {...contract, functionName: "nextInstallment"},
      {...contract, functionName: "lateInstallmentCount"},
      {...contract, functionName: "installments"},
    ],
    {blockNumber: block.number},
  );
  return {
    loan,
    token,
    creator,
    name,
    symbol,
    decimals,
    asset,
    status: loanStatuses[status] as LoanStatus,
    principal,
    totalOwed,
    owed,
    fundingDeadline,
    gracePeriod,
    totalFunded,
    fundedAt,
    principalWithdrawn,
    totalRefunded,
    totalRepaid,
    repaidAt,
    totalClaimed,
    nextInstallment,
    lateInstallmentCount,
    installments: installments.map((i) => ({
      dueDate: i.dueDate,
      amount: i.amount,
      paid: i.paid,
      paidAt: i.paidAt,
      late: i.late,
    })),
  };
}
