// Hash routing (#/token/0x…, #/launch, #/dashboard, #/portfolio): works from any static host or IPFS path.
import {useSyncExternalStore} from "react";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** The route's segments: "#/token/0xabc" → ["token", "0xabc"]. */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return hash.replace(/^#\/?/, "").split("/").filter(Boolean);
}

export const href = (...segments: string[]) => `#/${segments.join("/")}`;
