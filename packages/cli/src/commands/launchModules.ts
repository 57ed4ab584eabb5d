// Staking and polls modules at launch: they need the SDK's stakingModule/pollsModule (branch sdk-modules).
import type {LaunchModule} from "@personal-token/sdk";
import type {Context} from "../context.js";
import type {LaunchSpec} from "../config.js";
import {UsageError} from "../errors.js";
import type {ModuleKind} from "../registry.js";

export async function extraModules(_ctx: Context, spec: LaunchSpec): Promise<{kind: ModuleKind; module: LaunchModule}[]> {
  if (spec.staking || spec.polls) throw new UsageError("staking and polls at launch are not supported yet by this build");
  return [];
}
