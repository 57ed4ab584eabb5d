import {describe, expect, test} from "vitest";
import {launchAlex} from "../../test/utils.js";
import {getLaunchFromReceipt, getTimeRequestFromReceipt, parseProtocolLogs} from "../index.js";

describe("parseProtocolLogs", () => {
  test("decodes every protocol event of a launch, in order", async () => {
    const {receipt, token, splitter, escrow} = await launchAlex({isa: true, escrow: true});
    const names = parseProtocolLogs(receipt).map((log) => log.eventName);
    expect(names.filter((n) => n === "TokenLaunched")).toHaveLength(1);
    expect(names.filter((n) => n === "ModuleLaunched")).toHaveLength(2);
    expect(names).toContain("Transfer");
    expect(getLaunchFromReceipt(receipt).modules.map((m) => m.module)).toEqual([splitter, escrow]);
    expect(getLaunchFromReceipt(receipt.logs).token).toBe(token);
  });

  test("skips logs it does not know, and the helpers say what is missing", () => {
    expect(parseProtocolLogs([])).toEqual([]);
    expect(() => getTimeRequestFromReceipt({logs: []})).toThrow(
      expect.objectContaining({name: "EventNotFoundError", eventName: "TimeRequested"}),
    );
  });
});
