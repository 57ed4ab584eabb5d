// An income-share agreement's period schedule and lateness, computed exactly as IncomeShareRecord does on-chain, so the
// handlers' rows and the API's record read what `periodRecord(period)` returns: the last period may be shorter (it ends
// at the term's end), a report deadline saturates at 2^64 − 1, and a period ending after the agreement completed (its
// payout cap met) is never late.

const MAX_UINT64 = 2n ** 64n - 1n;

type Terms = {termStart: bigint; termEnd: bigint; periodLength: bigint; gracePeriod: bigint};

/** How many periods the term holds: `ceil((termEnd − termStart) / periodLength)`, as `periodCount()`. */
export function periodCount({termStart, termEnd, periodLength}: Terms): bigint {
  if (periodLength === 0n || termEnd <= termStart) return 0n;
  return (termEnd - termStart + periodLength - 1n) / periodLength;
}

/** A period's first second, its end (exclusive; the term's end for a short last period) and its report deadline. */
export function periodSchedule(terms: Terms, period: number | bigint) {
  const start = terms.termStart + BigInt(period) * terms.periodLength;
  const next = start + terms.periodLength;
  const end = next < terms.termEnd ? next : terms.termEnd;
  const due = end + terms.gracePeriod > MAX_UINT64 ? MAX_UINT64 : end + terms.gracePeriod;
  return {start, end, due};
}

/**
 * Whether a period's report is late at `now` (`_isLate`): not reported, ended no later than the agreement completed
 * (the term's end, or when the payout cap was met if earlier), and `now` past its deadline.
 */
export function isLate(
  agreement: {termEnd: bigint; capMetAt: bigint | null},
  period: {end: bigint; due: bigint; reported: boolean},
  now: bigint,
): boolean {
  const {capMetAt, termEnd} = agreement;
  const completedAt = capMetAt !== null && capMetAt < termEnd ? capMetAt : termEnd;
  return !period.reported && period.end <= completedAt && now > period.due;
}
