import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, type Hex} from "viem";
import {InvalidParameterError} from "../errors/validation.js";
import {iCredentialsAbi} from "../generated.js";
import {assertAbiValue, assertAddress, firstParameter} from "../utils/validate.js";
import type {LaunchModule, ModuleDefinition} from "./types.js";

/**
 * `ICredentials.ClassParams[]`: the module's initialization data (`abi.encode(ClassParams[])`), or empty. The struct is
 * taken from the generated ABI (`createClass`'s input).
 */
export const credentialClassesParameter = {
  type: "tuple[]",
  name: "classes",
  components: /* @__PURE__ */ firstParameter(iCredentialsAbi, "createClass", "inputs").components,
} as const;

/** `Credentials.MAX_VALIDITY`: 100 years, in seconds. */
export const CREDENTIAL_MAX_VALIDITY = 100n * 365n * 86_400n;

/** A credential class (see `ICredentials.ClassParams`); fixed once created. */
export type CredentialClass = {
  /** The class's ERC-721 metadata JSON (name, description, image), e.g. `ipfs://…`; must not be empty. */
  uri: string;
  /** A date after which no credential of the class is valid or can be issued (unix seconds); omitted: none. */
  validUntil?: bigint | undefined;
  /** How long each credential is valid from its issue (seconds); omitted: as long as the class. */
  validFor?: bigint | undefined;
  /** Whether the creator may ever revoke a holder's credential (shown to every holder); default false. */
  revocable?: boolean | undefined;
};

type ClassTuple = AbiParameterToPrimitiveType<typeof credentialClassesParameter>[number];

/** Checks a class offline (non-empty URI, uint64 dates, validity at most 100 years) and fills its defaults. */
export function credentialClassTuple(c: CredentialClass, field = "class"): ClassTuple {
  if (typeof c?.uri !== "string" || c.uri === "") {
    throw new InvalidParameterError({field: `${field}.uri`, reason: "must be a non-empty string"});
  }
  const tuple = {
    uri: c.uri,
    validUntil: c.validUntil ?? 0n,
    validFor: c.validFor ?? 0n,
    revocable: c.revocable ?? false,
  };
  assertAbiValue(credentialClassesParameter.components[1], tuple.validUntil, `${field}.validUntil`);
  assertAbiValue(credentialClassesParameter.components[2], tuple.validFor, `${field}.validFor`);
  assertAbiValue(credentialClassesParameter.components[3], tuple.revocable, `${field}.revocable`);
  if (tuple.validFor > CREDENTIAL_MAX_VALIDITY) {
    throw new InvalidParameterError({
      field: `${field}.validFor`,
      reason: `must be at most ${CREDENTIAL_MAX_VALIDITY} seconds (100 years)`,
    });
  }
  return tuple;
}

export type CredentialsModuleParameters = {
  /** Classes defined at launch (ids 0, 1, … in this order); more can be created later with {@link createCredentialClass}. */
  classes?: readonly CredentialClass[] | undefined;
  /** Override the implementation (defaults to the registry's `credentialsImplementation`). */
  implementation?: Address | undefined;
};

/** The credentials module's entry in {@link protocolModules}: deployment key, ABI and `data` encoder. */
export const credentialsModuleDefinition: ModuleDefinition<
  "credentialsImplementation",
  typeof iCredentialsAbi,
  (classes: readonly ClassTuple[]) => Hex
> = {
  implementation: "credentialsImplementation",
  abi: iCredentialsAbi,
  /** `abi.encode(ClassParams[])`, or empty data for no class. */
  encode: (classes: readonly ClassTuple[]): Hex =>
    classes.length === 0 ? "0x" : encodeAbiParameters([credentialClassesParameter], [classes]),
};

/**
 * Credentials (`Credentials`: soulbound ERC-721 + ERC-5192) to launch with the token ({@link launchToken}) or later
 * ({@link launchModule}): no tokens; optionally the classes to define at launch.
 *
 * @example
 * const module = credentialsModule({classes: [{uri: "ipfs://early-believer"}, {uri: "ipfs://great-dev", validFor: 365n * 86_400n, revocable: true}]})
 */
export function credentialsModule({classes = [], implementation}: CredentialsModuleParameters = {}): LaunchModule {
  if (implementation !== undefined) assertAddress(implementation, "credentials.implementation");
  if (!Array.isArray(classes))
    throw new InvalidParameterError({field: "credentials.classes", reason: "must be an array"});
  const tuples = classes.map((c, i) => credentialClassTuple(c, `credentials.classes[${i}]`));
  return {
    implementation: implementation ?? credentialsModuleDefinition.implementation,
    tokenAmount: 0n,
    data: credentialsModuleDefinition.encode(tuples),
  };
}
