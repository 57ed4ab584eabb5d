/** `IIncomeShareSplitter.SaleStatus`, by index. */
export const saleStatuses = ["upcoming", "active", "succeeded", "failed"] as const;
export type SaleStatus = (typeof saleStatuses)[number];

/** `ITimeEscrow.Status`, by index. Open: requested, accepted, delivered, disputed; the rest are final. */
export const requestStatuses = [
  "none",
  "requested",
  "accepted",
  "delivered",
  "disputed",
  "cancelled",
  "declined",
  "released",
  "refunded",
  "resolved",
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** `IPersonalLoan.Status`, by index. */
export const loanStatuses = ["funding", "failed", "active", "repaid"] as const;
export type LoanStatus = (typeof loanStatuses)[number];
