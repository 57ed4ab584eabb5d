// What each action tells the shared call plumbing about the contract it calls: the kind of contract expected there
// (to say what an address is instead, when a call fails) and the custom errors to decode. One constant per contract,
// so a bundle keeps only the ones its actions use; their sentences load only when a call fails.
import {type Abi, erc20Abi} from "viem";
import {protocolErrorsAbi} from "./errors/abi.js";
import type {ErrorCatalog, MessageTable} from "./errors/contract.js";
import {errorMessages} from "./errors/messages.js";
import * as generated from "./generated.js";

/** A kind of protocol contract: the factory, a personal token, a vesting wallet or one of the modules. */
export type ContractKind =
  | "factory"
  | "token"
  | "vesting"
  | "incomeShare"
  | "timeEscrow"
  | "staking"
  | "polls"
  | "loan"
  | "credentials"
  /** Any ERC-20 (a personal token is one too). */
  | "erc20";

/** The contract a call expects at its address, and the errors it decodes. */
export type ContractTarget = {readonly kind: ContractKind; readonly errors: ErrorCatalog};

/**
 * The target for a contract of `kind`: its ABI's errors, and their sentences with the shared OpenZeppelin ones, loaded
 * when a call first fails (a chunk of their own).
 */
const target = (kind: ContractKind, abi: Abi, load: () => Promise<MessageTable>): ContractTarget => ({
  kind,
  errors: {
    abi,
    messages: async () => {
      const [common, own] = await Promise.all([import("./errors/messages/common.js"), load()]);
      return {...common.commonMessages, ...own};
    },
  },
});

export const factoryTarget: ContractTarget = /* @__PURE__ */ target("factory", generated.personalTokenFactoryAbi, () =>
  import("./errors/messages/factory.js").then((m) => m.factoryMessages),
);
/**
 * The factory as a launch calls it: its initializers run every module's, so a launch decodes every protocol error
 * (the launch actions ship every sentence; reads of the factory ship only its own).
 */
export const launchTarget: ContractTarget = {
  kind: "factory",
  errors: {abi: protocolErrorsAbi, messages: async () => errorMessages},
};
export const tokenTarget: ContractTarget = /* @__PURE__ */ target("token", generated.personalTokenAbi, () =>
  import("./errors/messages/token.js").then((m) => m.tokenMessages),
);
export const vestingTarget: ContractTarget = /* @__PURE__ */ target("vesting", generated.creatorVestingAbi, () =>
  import("./errors/messages/vesting.js").then((m) => m.vestingMessages),
);
export const incomeShareTarget: ContractTarget = /* @__PURE__ */ target(
  "incomeShare",
  generated.incomeShareSplitterAbi,
  () => import("./errors/messages/incomeShare.js").then((m) => m.incomeShareMessages),
);
export const timeEscrowTarget: ContractTarget = /* @__PURE__ */ target("timeEscrow", generated.timeEscrowAbi, () =>
  import("./errors/messages/timeEscrow.js").then((m) => m.timeEscrowMessages),
);
export const stakingTarget: ContractTarget = /* @__PURE__ */ target("staking", generated.stakingRewardsAbi, () =>
  import("./errors/messages/staking.js").then((m) => m.stakingMessages),
);
export const loanTarget: ContractTarget = /* @__PURE__ */ target("loan", generated.personalLoanAbi, () =>
  import("./errors/messages/loan.js").then((m) => m.loanMessages),
);
export const credentialsTarget: ContractTarget = /* @__PURE__ */ target("credentials", generated.iCredentialsAbi, () =>
  import("./errors/messages/credentials.js").then((m) => m.credentialsMessages),
);
export const pollsTarget: ContractTarget = /* @__PURE__ */ target("polls", generated.holderPollsAbi, () =>
  import("./errors/messages/polls.js").then((m) => m.pollsMessages),
);
/** Any ERC-20: its errors are the ERC-6093 ones every call decodes. */
export const erc20Target: ContractTarget = /* @__PURE__ */ target("erc20", erc20Abi, async () => ({}));

/** How a person names each kind, with its article: "an income-share splitter". */
export const contractKindNames: Record<ContractKind, string> = {
  factory: "the Personal Token factory",
  token: "a personal token",
  vesting: "a creator vesting wallet",
  incomeShare: "an income-share splitter",
  timeEscrow: "a time escrow",
  staking: "a staking campaign",
  polls: "a holder polls module",
  loan: "a personal loan",
  credentials: "a credentials module",
  erc20: "an ERC-20 token",
};
