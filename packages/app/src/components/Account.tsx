import type {Address} from "viem";
import {shortAddress} from "../lib/format.js";

/** An account on screen: its name when the page knows one, beside its shortened checksummed address. */
export function Account({address, label}: {address: Address; label?: string | undefined}) {
  if (!label) return <>{shortAddress(address)}</>;
  return (
    <>
      {label} <span className="note addr">{shortAddress(address)}</span>
    </>
  );
}
