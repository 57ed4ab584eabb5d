// @personal-token/sdk: viem actions for the Personal Token Protocol. Every action takes a viem client first.

// Actions: factory
export {getCreatorTokens, type GetCreatorTokensParameters, type GetCreatorTokensReturnType, type GetCreatorTokensErrorType} from "./actions/factory/getCreatorTokens.js";
export {getTokenInfo, type GetTokenInfoParameters, type GetTokenInfoReturnType, type GetTokenInfoErrorType} from "./actions/factory/getTokenInfo.js";
export {defaultSalt, launchToken, type LaunchTokenParameters, type LaunchTokenReturnType, type LaunchTokenErrorType} from "./actions/factory/launchToken.js";
export {getModuleCount, type GetModuleCountParameters, type GetModuleCountReturnType, type GetModuleCountErrorType} from "./actions/factory/getModuleCount.js";
export {launchModule, type LaunchModuleParameters, type LaunchModuleReturnType, type LaunchModuleErrorType} from "./actions/factory/launchModule.js";
export {watchTokenLaunched, type WatchTokenLaunchedParameters, type WatchTokenLaunchedReturnType, type WatchTokenLaunchedErrorType} from "./actions/factory/watchTokenLaunched.js";

// Actions: token
export {approveToken, type ApproveTokenParameters, type ApproveTokenReturnType, type ApproveTokenErrorType} from "./actions/token/approveToken.js";

// Actions: creator vesting
export {getVesting, type GetVestingParameters, type GetVestingReturnType, type GetVestingErrorType} from "./actions/vesting/getVesting.js";
export {releaseVested, type ReleaseVestedParameters, type ReleaseVestedReturnType, type ReleaseVestedErrorType} from "./actions/vesting/releaseVested.js";

// Actions: income-share agreements
export {purchaseCost, buyTokens, type BuyTokensParameters, type BuyTokensReturnType, type BuyTokensErrorType} from "./actions/incomeShare/buyTokens.js";
export {claimAllIncome, type ClaimAllIncomeParameters, type ClaimAllIncomeReturnType, type ClaimAllIncomeErrorType} from "./actions/incomeShare/claimAllIncome.js";
export {claimIncome, type ClaimIncomeParameters, type ClaimIncomeReturnType, type ClaimIncomeErrorType} from "./actions/incomeShare/claimIncome.js";
export {deliverTokens, type DeliverTokensParameters, type DeliverTokensReturnType, type DeliverTokensErrorType} from "./actions/incomeShare/deliverTokens.js";
export {distributeIncome, type DistributeIncomeParameters, type DistributeIncomeReturnType, type DistributeIncomeErrorType} from "./actions/incomeShare/distributeIncome.js";
export {distributeSurplus, type DistributeSurplusParameters, type DistributeSurplusReturnType, type DistributeSurplusErrorType} from "./actions/incomeShare/distributeSurplus.js";
export {getClaimable, type GetClaimableParameters, type GetClaimableReturnType, type GetClaimableErrorType} from "./actions/incomeShare/getClaimable.js";
export {getPeriodRecord, type GetPeriodRecordParameters, type GetPeriodRecordReturnType, type GetPeriodRecordErrorType} from "./actions/incomeShare/getPeriodRecord.js";
export {getSale, type GetSaleParameters, type GetSaleReturnType, type GetSaleErrorType} from "./actions/incomeShare/getSale.js";
export {payIncome, type PayIncomeParameters, type PayIncomeReturnType, type PayIncomeErrorType} from "./actions/incomeShare/payIncome.js";
export {refundPayment, type RefundPaymentParameters, type RefundPaymentReturnType, type RefundPaymentErrorType} from "./actions/incomeShare/refundPayment.js";
export {reportIncome, type ReportIncomeParameters, type ReportIncomeReturnType, type ReportIncomeErrorType} from "./actions/incomeShare/reportIncome.js";
export {withdrawProceeds, type WithdrawProceedsParameters, type WithdrawProceedsReturnType, type WithdrawProceedsErrorType} from "./actions/incomeShare/withdrawProceeds.js";

// Actions: time escrow
export {acceptRequest, type AcceptRequestParameters, type AcceptRequestReturnType, type AcceptRequestErrorType} from "./actions/timeEscrow/acceptRequest.js";
export {cancelRequest, type CancelRequestParameters, type CancelRequestReturnType, type CancelRequestErrorType} from "./actions/timeEscrow/cancelRequest.js";
export {confirmRequest, type ConfirmRequestParameters, type ConfirmRequestReturnType, type ConfirmRequestErrorType} from "./actions/timeEscrow/confirmRequest.js";
export {declineRequest, type DeclineRequestParameters, type DeclineRequestReturnType, type DeclineRequestErrorType} from "./actions/timeEscrow/declineRequest.js";
export {disputeRequest, type DisputeRequestParameters, type DisputeRequestReturnType, type DisputeRequestErrorType} from "./actions/timeEscrow/disputeRequest.js";
export {getEscrow, type GetEscrowParameters, type GetEscrowReturnType, type GetEscrowErrorType} from "./actions/timeEscrow/getEscrow.js";
export {getOpenRequests, type GetOpenRequestsParameters, type GetOpenRequestsReturnType, type GetOpenRequestsErrorType} from "./actions/timeEscrow/getOpenRequests.js";
export {getRequest, type GetRequestParameters, type TimeRequest, type GetRequestReturnType, type GetRequestErrorType} from "./actions/timeEscrow/getRequest.js";
export {markDelivered, type MarkDeliveredParameters, type MarkDeliveredReturnType, type MarkDeliveredErrorType} from "./actions/timeEscrow/markDelivered.js";
export {publishOffer, type PublishOfferParameters, type PublishOfferReturnType, type PublishOfferErrorType} from "./actions/timeEscrow/publishOffer.js";
export {recoverEscrowSurplus, type RecoverEscrowSurplusParameters, type RecoverEscrowSurplusReturnType, type RecoverEscrowSurplusErrorType} from "./actions/timeEscrow/recoverEscrowSurplus.js";
export {reclaimRequest, type ReclaimRequestParameters, type ReclaimRequestReturnType, type ReclaimRequestErrorType} from "./actions/timeEscrow/reclaimRequest.js";
export {releaseRequest, type ReleaseRequestParameters, type ReleaseRequestReturnType, type ReleaseRequestErrorType} from "./actions/timeEscrow/releaseRequest.js";
export {requestTime, type RequestTimeParameters, type RequestTimeReturnType, type RequestTimeErrorType} from "./actions/timeEscrow/requestTime.js";
export {resolveDispute, type ResolveDisputeParameters, type ResolveDisputeReturnType, type ResolveDisputeErrorType} from "./actions/timeEscrow/resolveDispute.js";
export {setOfferOpen, type SetOfferOpenParameters, type SetOfferOpenReturnType, type SetOfferOpenErrorType} from "./actions/timeEscrow/setOfferOpen.js";

// Actions: holder polls
export {cancelPoll, type CancelPollParameters, type CancelPollReturnType, type CancelPollErrorType} from "./actions/polls/cancelPoll.js";
export {createPoll, type CreatePollParameters, type CreatePollReturnType, type CreatePollErrorType} from "./actions/polls/createPoll.js";
export {finalizePoll, type FinalizePollParameters, type FinalizePollReturnType, type FinalizePollErrorType} from "./actions/polls/finalizePoll.js";
export {getPollResults, pollStates, type PollState, type GetPollResultsParameters, type GetPollResultsReturnType, type GetPollResultsErrorType} from "./actions/polls/getPollResults.js";
export {getRelayResultsFromReceipt, relayVotes, type RelayVoteResult, type RelayVotesParameters, type RelayVotesReturnType, type RelayVotesErrorType} from "./actions/polls/relayVotes.js";
export {signVote, voteTypes, type PollVote, type SignedVote, type SignVoteParameters, type SignVoteReturnType, type SignVoteErrorType} from "./actions/polls/signVote.js";
export {vote, type VoteParameters, type VoteReturnType, type VoteErrorType} from "./actions/polls/vote.js";

// Actions: staking campaigns (liquidity mining)
export {claimStakingRewards, type ClaimStakingRewardsParameters, type ClaimStakingRewardsReturnType, type ClaimStakingRewardsErrorType} from "./actions/staking/claimStakingRewards.js";
export {emergencyWithdraw, type EmergencyWithdrawParameters, type EmergencyWithdrawReturnType, type EmergencyWithdrawErrorType} from "./actions/staking/emergencyWithdraw.js";
export {exitStaking, type ExitStakingParameters, type ExitStakingReturnType, type ExitStakingErrorType} from "./actions/staking/exitStaking.js";
export {getCampaign, type GetCampaignParameters, type GetCampaignReturnType, type GetCampaignErrorType} from "./actions/staking/getCampaign.js";
export {getStakingPosition, type GetStakingPositionParameters, type GetStakingPositionReturnType, type GetStakingPositionErrorType} from "./actions/staking/getStakingPosition.js";
export {notifyRewardAmount, type NotifyRewardAmountParameters, type NotifyRewardAmountReturnType, type NotifyRewardAmountErrorType} from "./actions/staking/notifyRewardAmount.js";
export {recoverERC20, type RecoverERC20Parameters, type RecoverERC20ReturnType, type RecoverERC20ErrorType} from "./actions/staking/recoverERC20.js";
export {stake, type StakeParameters, type StakeReturnType, type StakeErrorType} from "./actions/staking/stake.js";
export {withdrawStake, type WithdrawStakeParameters, type WithdrawStakeReturnType, type WithdrawStakeErrorType} from "./actions/staking/withdrawStake.js";

// Token-gated access (Sign-In with Ethereum + balance)
export {verifyHolderSignIn, type HolderSignInFailureReason, type VerifyHolderSignInParameters, type VerifyHolderSignInReturnType, type VerifyHolderSignInErrorType} from "./actions/gating/verifyHolderSignIn.js";

// Modules launched with a token
export {incomeShareTermsParameter, incomeShareModule, type IncomeShareTerms, type IncomeShareModuleParameters} from "./modules/incomeShare.js";
export {timeEscrowConfigParameter, timeEscrowOfferParameter, timeEscrowModule, type TimeEscrowConfig, type TimeEscrowOffer, type TimeEscrowModuleParameters} from "./modules/timeEscrow.js";
export {stakingConfigParameter, stakingModule, STAKING_MAX_DURATION, type StakingConfig, type StakingModuleParameters} from "./modules/staking.js";
export {pollsModule, type PollsModuleParameters} from "./modules/polls.js";
export {type LaunchModule, type ModuleDefinition} from "./modules/types.js";
export {protocolModules, type ProtocolModules, type ProtocolModuleKind} from "./modules/registry.js";
export {incomeShareModuleDefinition} from "./modules/incomeShare.js";
export {timeEscrowModuleDefinition} from "./modules/timeEscrow.js";
export {stakingModuleDefinition} from "./modules/staking.js";
export {pollsModuleDefinition} from "./modules/polls.js";

// Utilities
export {type WriteParameters} from "./utils/contract.js";
export {protocolEventsAbi, parseProtocolLogs, getLaunchFromReceipt, getTimeRequestFromReceipt, type ProtocolEventAbiItem, type LaunchFromReceipt} from "./utils/logs.js";
export {predictModuleAddress, type PredictModuleAddressParameters} from "./utils/predictModuleAddress.js";
export {permitDomain} from "./utils/permit.js";
export {predictLaunchAddresses, eip1167InitCode, type PredictLaunchAddressesParameters, type PredictLaunchAddressesReturnType} from "./utils/predictLaunchAddresses.js";

// Errors
export {protocolErrorsAbi, type ProtocolErrorAbiItem, type ProtocolErrorName} from "./errors/abi.js";
export {BaseError, type BaseErrorParameters, type BaseErrorType} from "./errors/base.js";
export {ContractRevertedError, isContractRevertedError, decodeContractRevert, decodeRevertData, type ContractRevertedErrorType} from "./errors/contract.js";
export {EventNotFoundError, type EventNotFoundErrorType} from "./errors/events.js";
export {type WriteActionErrorType} from "./errors/write.js";
export {errorMessages, type ProtocolErrorArgs} from "./errors/messages.js";
export {InvalidAddressError, InvalidAmountError, InvalidParameterError, UnknownChainError, AccountNotFoundError, type InvalidAddressErrorType, type InvalidAmountErrorType, type InvalidParameterErrorType, type UnknownChainErrorType, type AccountNotFoundErrorType, type ValidationErrorType} from "./errors/validation.js";

// Registry, generated ABIs and shared types
export {type Deployment, type DeploymentChainId, type ModuleImplementationKey, deployments, getDeployment} from "./deployments.js";
export {requestStatuses, saleStatuses, type RequestStatus, type SaleStatus} from "./types.js";
export {creatorVestingAbi, holderPollsAbi, incomeShareSplitterAbi, personalTokenAbi, personalTokenFactoryAbi, stakingRewardsAbi, timeEscrowAbi} from "./generated.js";
