import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {type LoanStatus, loanStatuses} from "../../types.js";
import {readFields} from "../../utils/contract.js";
import {loanContract} from "./loanContract.js";

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
  const contract = loanContract.at(loan);
  // One multicall, never chunked: every field from one block.
  const {status, installments, ...fields} = await readFields(client, contract, [
    "token",
    "creator",
    "name",
    "symbol",
    "decimals",
    "asset",
    "status",
    "principal",
    "totalOwed",
    "owed",
    "fundingDeadline",
    "gracePeriod",
    "totalFunded",
    "fundedAt",
    "principalWithdrawn",
    "totalRefunded",
    "totalRepaid",
    "repaidAt",
    "totalClaimed",
    "nextInstallment",
    "lateInstallmentCount",
    "installments",
  ]);
  return {
    loan,
    ...fields,
    status: loanStatuses[status] as LoanStatus,
    installments: [...installments], // the struct's fields are LoanInstallmentRecord's, by name
  };
}
