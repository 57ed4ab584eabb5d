// Each command group registers itself on the program (cli.ts only wires them): the tree `--help` shows.
import {Command} from "commander";
import {expect, test} from "vitest";
import * as info from "../../src/commands/info.js";
import * as isa from "../../src/commands/isa.js";
import * as launch from "../../src/commands/launch.js";
import * as loan from "../../src/commands/loan.js";
import * as poll from "../../src/commands/poll.js";
import * as stake from "../../src/commands/stake.js";
import * as time from "../../src/commands/time.js";

const tree = (cli: Command) => Object.fromEntries(cli.commands.map((c) => [c.name(), c.commands.map((s) => s.name())]));

test.each([
  ["launch", launch, {launch: []}],
  ["info", info, {info: []}],
  ["isa", isa, {isa: ["buy", "report", "pay", "claim", "withdraw", "refund", "status"]}],
  [
    "time",
    time,
    {time: ["offer", "request", "accept", "decline", "cancel", "deliver", "confirm", "release", "reclaim", "list"]},
  ],
  ["stake", stake, {stake: ["create", "fund", "stake", "withdraw", "claim", "exit", "emergency-withdraw", "status"]}],
  ["poll", poll, {poll: ["enable", "create", "vote", "relay", "cancel", "finalize", "results"]}],
  ["loan", loan, {loan: ["create", "fund", "withdraw", "repay", "claim", "refund", "transfer", "status"]}],
])("%s registers its commands", (_, group, expected) => {
  const cli = new Command("personal-token");
  group.register(cli);
  expect(tree(cli)).toEqual(expected);
});
