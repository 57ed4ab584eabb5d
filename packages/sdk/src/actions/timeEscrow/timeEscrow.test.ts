import {type Address, erc20Abi, keccak256, parseEther, stringToHex} from "viem";
import {describe, expect, test} from "vitest";
import {
  alice,
  arbiter,
  bob,
  creator,
  DAY,
  HOUR,
  HOUR_PRICE,
  hourOffer,
  launchAlexEscrow,
  mined,
  noRpcClient,
  now,
  publicClient,
  stranger,
  transferToken,
  warp,
  warpTo,
} from "../../../test/utils.js";
import {
  acceptRequest,
  approveToken,
  cancelRequest,
  confirmRequest,
  declineRequest,
  disputeRequest,
  getEscrow,
  getOpenRequests,
  getRequest,
  getTimeRequestFromReceipt,
  InvalidAddressError,
  InvalidParameterError,
  markDelivered,
  publishOffer,
  reclaimRequest,
  recoverEscrowSurplus,
  releaseRequest,
  requestTime,
  resolveDispute,
  setOfferOpen,
} from "../../index.js";

const balanceOf = (token: Address, account: Address) =>
  publicClient.readContract({address: token, abi: erc20Abi, functionName: "balanceOf", args: [account]});

/** $ALEX with a time escrow; alice (holding 1,000,000 ALEX) books `units` hours of offer 0 with a permit. */
async function requested({units = 1, withArbiter = true} = {}) {
  const alex = await launchAlexEscrow({arbiter: withArbiter});
  const escrow = alex.escrow;
  const receipt = await mined(requestTime(alice, {escrow, offerId: 0n, units, note: "Talk about DAOs"}));
  const {requestId} = getTimeRequestFromReceipt(receipt);
  return {...alex, escrow, requestId, receipt};
}

/** ...accepted for an hour from now. */
async function accepted(options: {withArbiter?: boolean} = {}) {
  const r = await requested(options);
  const scheduledAt = (await now()) + 60n;
  await mined(acceptRequest(creator, {escrow: r.escrow, requestId: r.requestId, scheduledAt}));
  return {...r, scheduledAt};
}

/** ...and delivered once the session started. */
async function delivered(options: {withArbiter?: boolean} = {}) {
  const r = await accepted(options);
  await warp(HOUR);
  await mined(markDelivered(creator, {escrow: r.escrow, requestId: r.requestId}));
  return r;
}

describe("getEscrow", () => {
  test("reads settings and offers", async () => {
    const {escrow, token} = await launchAlexEscrow();
    const info = await getEscrow(publicClient, {escrow});
    expect(info).toMatchObject({token, creator: creator.account.address, requestCount: 0n, totalLocked: 0n});
    expect(info.config).toMatchObject({arbiter: arbiter.account.address, confirmationWindow: 3n * DAY});
    expect(info.offers).toEqual([{...hourOffer, offerId: 0n, availableUnits: 10n}]);
  });

  test("rejects a malformed escrow before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getEscrow(client, {escrow: "0xzz" as Address})).rejects.toMatchObject({field: "escrow"});
    expect(calls).toEqual([]);
  });
});

describe("publishOffer", () => {
  test("the creator publishes a second offer", async () => {
    const {escrow} = await launchAlexEscrow();
    await mined(
      publishOffer(creator, {
        escrow,
        offer: {...hourOffer, pricePerUnit: parseEther("10000"), unitLength: 1800n, burn: true},
      }),
    );
    const {offers} = await getEscrow(publicClient, {escrow});
    expect(offers[1]).toMatchObject({offerId: 1n, pricePerUnit: parseEther("10000"), burn: true});
  });

  test("anyone else fails with TimeEscrow_NotCreator; a uint32 overflow fails before any RPC", async () => {
    const {escrow} = await launchAlexEscrow();
    await expect(publishOffer(stranger, {escrow, offer: hourOffer})).rejects.toMatchObject({
      errorName: "TimeEscrow_NotCreator",
      shortMessage: `${stranger.account.address} is not the creator: only the creator can do this.`,
    });
    const {client, calls} = noRpcClient();
    await expect(publishOffer(client, {escrow, offer: {...hourOffer, capacity: 2 ** 32}})).rejects.toMatchObject({
      name: "InvalidAmountError",
      field: "offer.capacity",
    });
    expect(calls).toEqual([]);
  });
});

describe("setOfferOpen", () => {
  test("closing an offer stops new requests, with TimeEscrow_OfferClosed", async () => {
    const {escrow} = await launchAlexEscrow();
    await mined(setOfferOpen(creator, {escrow, offerId: 0n, open: false}));
    await expect(requestTime(alice, {escrow, offerId: 0n, units: 1})).rejects.toMatchObject({
      errorName: "TimeEscrow_OfferClosed",
    });
  });

  test("an unknown offer fails with TimeEscrow_UnknownOffer", async () => {
    const {escrow} = await launchAlexEscrow();
    await expect(setOfferOpen(creator, {escrow, offerId: 7n, open: false})).rejects.toMatchObject({
      errorName: "TimeEscrow_UnknownOffer",
      args: [7n],
    });
  });
});

describe("requestTime", () => {
  test("locks 25,000 ALEX for an hour with a permit, in one transaction", async () => {
    const {escrow, token, requestId, receipt} = await requested();
    expect(receipt.from).toBe(alice.account.address.toLowerCase());
    expect(await balanceOf(token, escrow)).toBe(HOUR_PRICE);
    expect(getTimeRequestFromReceipt(receipt)).toMatchObject({
      requestId,
      escrow,
      holder: alice.account.address,
      amount: HOUR_PRICE,
      noteHash: keccak256(stringToHex("Talk about DAOs")),
    });
  });

  test("without a permit it needs an approval: ERC20InsufficientAllowance, then success", async () => {
    const {escrow, token} = await launchAlexEscrow();
    await expect(requestTime(alice, {escrow, offerId: 0n, units: 2, permit: false})).rejects.toMatchObject({
      errorName: "ERC20InsufficientAllowance",
      args: [escrow, 0n, 2n * HOUR_PRICE],
    });
    await mined(approveToken(alice, {token, spender: escrow, amount: 2n * HOUR_PRICE}));
    await mined(requestTime(alice, {escrow, offerId: 0n, units: 2, permit: false}));
    expect(await balanceOf(token, escrow)).toBe(2n * HOUR_PRICE);
  });

  test("more units than the capacity fails with TimeEscrow_CapacityExceeded; zero units before any RPC", async () => {
    const {escrow} = await launchAlexEscrow();
    await expect(requestTime(alice, {escrow, offerId: 0n, units: 11})).rejects.toMatchObject({
      errorName: "TimeEscrow_CapacityExceeded",
      args: [0n, 10n, 11n],
    });
    const {client, calls} = noRpcClient();
    await expect(requestTime(client, {escrow, offerId: 0n, units: 0})).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(requestTime(client, {escrow, offerId: 0n, units: 1.5})).rejects.toMatchObject({field: "units"});
    expect(calls).toEqual([]);
  });

  test("a holder without tokens fails with ERC20InsufficientBalance", async () => {
    const {escrow} = await launchAlexEscrow();
    await expect(requestTime(bob, {escrow, offerId: 0n, units: 1})).rejects.toMatchObject({
      errorName: "ERC20InsufficientBalance",
      args: [bob.account.address, 0n, HOUR_PRICE],
    });
  });
});

describe("cancelRequest", () => {
  test("the holder cancels before acceptance; the tokens come back", async () => {
    const {escrow, token, requestId} = await requested();
    await mined(cancelRequest(alice, {escrow, requestId}));
    expect(await balanceOf(token, alice.account.address)).toBe(parseEther("1000000"));
    expect((await getRequest(publicClient, {escrow, requestId})).status).toBe("cancelled");
  });

  test("anyone else fails with TimeEscrow_NotHolder", async () => {
    const {escrow, requestId} = await requested();
    await expect(cancelRequest(bob, {escrow, requestId})).rejects.toMatchObject({errorName: "TimeEscrow_NotHolder"});
  });
});

describe("declineRequest", () => {
  test("the creator declines; the tokens go back", async () => {
    const {escrow, token, requestId} = await requested();
    await mined(declineRequest(creator, {escrow, requestId}));
    expect(await balanceOf(token, escrow)).toBe(0n);
  });

  test("a declined request cannot be declined again: TimeEscrow_WrongStatus names the status", async () => {
    const {escrow, requestId} = await requested();
    await mined(declineRequest(creator, {escrow, requestId}));
    await expect(declineRequest(creator, {escrow, requestId})).rejects.toMatchObject({
      errorName: "TimeEscrow_WrongStatus",
      shortMessage: `Request ${requestId} is Declined, which does not allow this.`,
    });
  });
});

describe("acceptRequest", () => {
  test("the creator schedules the session", async () => {
    const {escrow, requestId, scheduledAt} = await accepted();
    const request = await getRequest(publicClient, {escrow, requestId});
    expect(request).toMatchObject({status: "accepted", scheduledAt});
    expect(request.deadlines.deliveryDeadline).toBe(scheduledAt + HOUR + DAY);
  });

  test("a time in the past fails with TimeEscrow_InvalidSchedule", async () => {
    const {escrow, requestId} = await requested();
    await expect(acceptRequest(creator, {escrow, requestId, scheduledAt: 1n})).rejects.toMatchObject({
      errorName: "TimeEscrow_InvalidSchedule",
      shortMessage:
        "The session cannot be scheduled at 1970-01-01T00:00:01.000Z: pick a time from now to 365 days ahead.",
    });
  });
});

describe("markDelivered", () => {
  test("the creator marks the session delivered once it started", async () => {
    const {escrow, requestId} = await delivered();
    expect((await getRequest(publicClient, {escrow, requestId})).status).toBe("delivered");
  });

  test("before the scheduled time it fails with TimeEscrow_TooEarly and says when", async () => {
    const {escrow, requestId, scheduledAt} = await accepted();
    const error = await markDelivered(creator, {escrow, requestId}).catch((e: unknown) => e);
    expect(error).toMatchObject({errorName: "TimeEscrow_TooEarly", args: [requestId, scheduledAt]});
    expect((error as Error).message).toContain(new Date(Number(scheduledAt) * 1000).toISOString());
  });
});

describe("confirmRequest", () => {
  test("the holder confirms; the creator is paid", async () => {
    const {escrow, token, requestId} = await accepted();
    const before = await balanceOf(token, creator.account.address);
    await warp(HOUR);
    await mined(confirmRequest(alice, {escrow, requestId}));
    expect((await balanceOf(token, creator.account.address)) - before).toBe(HOUR_PRICE);
  });

  test("before the session it fails with TimeEscrow_TooEarly", async () => {
    const {escrow, requestId} = await accepted();
    await expect(confirmRequest(alice, {escrow, requestId})).rejects.toMatchObject({errorName: "TimeEscrow_TooEarly"});
  });
});

describe("releaseRequest", () => {
  test("after the confirmation window the creator collects", async () => {
    const {escrow, requestId} = await delivered();
    const {deadlines} = await getRequest(publicClient, {escrow, requestId});
    await warpTo(deadlines.releaseOpensAt);
    await mined(releaseRequest(creator, {escrow, requestId}));
    expect((await getRequest(publicClient, {escrow, requestId})).status).toBe("released");
  });

  test("within the window it fails with TimeEscrow_TooEarly", async () => {
    const {escrow, requestId} = await delivered();
    await expect(releaseRequest(creator, {escrow, requestId})).rejects.toMatchObject({
      errorName: "TimeEscrow_TooEarly",
    });
  });
});

describe("reclaimRequest", () => {
  test("never marked delivered: the holder takes the tokens back from the delivery deadline", async () => {
    const {escrow, token, requestId} = await accepted();
    const {deadlines} = await getRequest(publicClient, {escrow, requestId});
    await warpTo(deadlines.reclaimOpensAt);
    await mined(reclaimRequest(alice, {escrow, requestId}));
    expect(await balanceOf(token, alice.account.address)).toBe(parseEther("1000000"));
  });

  test("before the deadline it fails with TimeEscrow_TooEarly", async () => {
    const {escrow, requestId} = await accepted();
    await expect(reclaimRequest(alice, {escrow, requestId})).rejects.toMatchObject({errorName: "TimeEscrow_TooEarly"});
  });
});

describe("recoverEscrowSurplus", () => {
  test("anyone sends the creator tokens transferred in beyond what requests lock", async () => {
    const {escrow, token} = await requested();
    await transferToken(alice, token, escrow, parseEther("500"));
    const before = await balanceOf(token, creator.account.address);
    await mined(recoverEscrowSurplus(stranger, {escrow, asset: token}));
    expect((await balanceOf(token, creator.account.address)) - before).toBe(parseEther("500"));
    expect(await balanceOf(token, escrow)).toBe(HOUR_PRICE); // the request's lock stays
  });

  test("with only locked tokens it fails with TimeEscrow_NoSurplus; a bad escrow fails before any RPC", async () => {
    const {escrow, token} = await requested();
    await expect(recoverEscrowSurplus(stranger, {escrow, asset: token})).rejects.toMatchObject({
      errorName: "TimeEscrow_NoSurplus",
      args: [token],
    });
    const {client, calls} = noRpcClient();
    await expect(recoverEscrowSurplus(client, {escrow: "escrow" as Address, asset: token})).rejects.toBeInstanceOf(
      InvalidAddressError,
    );
    expect(calls).toEqual([]);
  });
});

describe("disputeRequest", () => {
  test("the holder disputes a delivery within the window", async () => {
    const {escrow, requestId} = await delivered();
    await mined(disputeRequest(alice, {escrow, requestId}));
    expect((await getRequest(publicClient, {escrow, requestId})).status).toBe("disputed");
  });

  test("without an arbiter it fails with TimeEscrow_NoArbiter", async () => {
    const {escrow, requestId} = await delivered({withArbiter: false});
    await expect(disputeRequest(alice, {escrow, requestId})).rejects.toMatchObject({
      errorName: "TimeEscrow_NoArbiter",
      shortMessage: expect.stringContaining("the timeouts decide"),
    });
  });
});

describe("resolveDispute", () => {
  test("the arbiter splits the locked tokens", async () => {
    const {escrow, token, requestId} = await delivered();
    await mined(disputeRequest(alice, {escrow, requestId}));
    const before = await balanceOf(token, creator.account.address);
    await mined(resolveDispute(arbiter, {escrow, requestId, toCreator: parseEther("10000")}));
    expect((await balanceOf(token, creator.account.address)) - before).toBe(parseEther("10000"));
    expect(await balanceOf(token, alice.account.address)).toBe(parseEther("1000000") - parseEther("10000"));
  });

  test("anyone but the arbiter fails with TimeEscrow_NotArbiter", async () => {
    const {escrow, requestId} = await delivered();
    await mined(disputeRequest(alice, {escrow, requestId}));
    await expect(resolveDispute(creator, {escrow, requestId, toCreator: HOUR_PRICE})).rejects.toMatchObject({
      errorName: "TimeEscrow_NotArbiter",
    });
  });
});

describe("getRequest", () => {
  test("reads a request with its status and deadlines", async () => {
    const {escrow, requestId} = await requested({units: 2});
    expect(await getRequest(publicClient, {escrow, requestId})).toMatchObject({
      requestId,
      holder: alice.account.address,
      offerId: 0n,
      units: 2,
      status: "requested",
      amount: 2n * HOUR_PRICE,
      deadlines: {deliveryDeadline: 0n, releaseOpensAt: 0n, reclaimOpensAt: 0n},
    });
  });

  test("an unknown id fails with TimeEscrow_UnknownRequest", async () => {
    const {escrow} = await launchAlexEscrow();
    await expect(getRequest(publicClient, {escrow, requestId: 9n})).rejects.toMatchObject({
      errorName: "TimeEscrow_UnknownRequest",
      shortMessage: "Request 9 does not exist.",
    });
  });
});

describe("getOpenRequests", () => {
  test("per holder and in the creator's inbox; closed requests drop out", async () => {
    const {escrow, requestId} = await requested();
    const second = getTimeRequestFromReceipt(
      await mined(requestTime(alice, {escrow, offerId: 0n, units: 1})),
    ).requestId;
    await mined(cancelRequest(alice, {escrow, requestId}));
    expect(
      (await getOpenRequests(publicClient, {escrow, holder: alice.account.address})).map((r) => r.requestId),
    ).toEqual([second]);
    expect((await getOpenRequests(publicClient, {escrow})).map((r) => r.requestId)).toEqual([second]);
    expect(await getOpenRequests(publicClient, {escrow, holder: bob.account.address})).toEqual([]);
  });

  test("a zero page size fails before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getOpenRequests(client, {escrow: stranger.account.address, limit: 0n})).rejects.toMatchObject({
      name: "InvalidAmountError",
      field: "limit",
    });
    expect(calls).toEqual([]);
  });
});
