import type {ProtocolErrorName} from "./abi.js";
import {commonMessages} from "./messages/common.js";
import {credentialsMessages} from "./messages/credentials.js";
import {factoryMessages} from "./messages/factory.js";
import type {MessagesOf} from "./messages/format.js";
import {incomeShareMessages} from "./messages/incomeShare.js";
import {loanMessages} from "./messages/loan.js";
import {pollsMessages} from "./messages/polls.js";
import {stakingMessages} from "./messages/staking.js";
import {timeEscrowMessages} from "./messages/timeEscrow.js";
import {tokenMessages} from "./messages/token.js";
import {vestingMessages} from "./messages/vesting.js";

export type {MessagesOf, ProtocolErrorArgs} from "./messages/format.js";

/**
 * A readable sentence for every custom error of the covered contracts: what went wrong and what to do. The keys are
 * checked against the generated ABIs by the type (a missing or unknown name does not compile) and by a test. Each
 * contract's sentences live in their own file (`errors/messages/<contract>.ts`), so an action ships only the ones of
 * the contract it calls; import this whole table only to look any error up.
 */
export const errorMessages: MessagesOf<ProtocolErrorName> = /* @__PURE__ */ Object.assign(
  {},
  commonMessages,
  tokenMessages,
  factoryMessages,
  vestingMessages,
  incomeShareMessages,
  timeEscrowMessages,
  stakingMessages,
  pollsMessages,
  loanMessages,
  credentialsMessages,
);
