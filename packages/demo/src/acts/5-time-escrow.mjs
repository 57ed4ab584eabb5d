// Act 5: alice redeems 25,000 ALEX for an hour of Alex's time through the time escrow: request with a permit, accept,
// confirm once the call took place.

import {acceptRequest, confirmRequest, getEscrow, getTimeRequestFromReceipt, requestTime} from "@personal-token/sdk";
import {FAR_DEADLINE, HOUR} from "../figures.mjs";
import {amount} from "../report.mjs";

/** Books, holds and delivers one hour on `escrow`, an hour after `quarterReported`. Returns when it was confirmed. */
export async function redeemAnHour(
  {publicClient, report, alex, alice, step, balanceOf, warpTo},
  {token, escrow, quarterReported},
) {
  report.act("Act 5. alice redeems 25,000 ALEX for an hour of Alex's time");
  const [requestReceipt] = await step("alice requests 1 hour with an EIP-2612 permit (one tx, no approve)", () =>
    requestTime(alice, {escrow, offerId: 0n, units: 1, note: "Advice on my first DAO", permitDeadline: FAR_DEADLINE}),
  );
  const request = getTimeRequestFromReceipt(requestReceipt);
  report.line(
    `request ${request.requestId}: ${amount(request.amount)} ALEX locked; escrow holds ${amount((await getEscrow(publicClient, {escrow})).totalLocked)} ALEX`,
  );
  const scheduledAt = quarterReported + HOUR;
  await step("Alex accepts, scheduled an hour after the quarter's report", () =>
    acceptRequest(alex, {escrow, requestId: request.requestId, scheduledAt}),
  );
  const confirmedAt = scheduledAt + HOUR;
  await warpTo(confirmedAt, "the call took place");
  const alexBefore = await balanceOf(token, alex.account.address);
  await step("alice confirms: the 25,000 ALEX go to Alex", () =>
    confirmRequest(alice, {escrow, requestId: request.requestId}),
  );
  report.line(
    `Alex received ${amount((await balanceOf(token, alex.account.address)) - alexBefore)} ALEX; alice holds ${amount(await balanceOf(token, alice.account.address))} ALEX; escrow holds ${amount(await balanceOf(token, escrow))} ALEX`,
  );
  return {confirmedAt};
}
