// ERC-7572 profiles: what `contractURI()` points at. Read from data: URIs (what the launch form writes: no upload
// needed), ipfs:// (through VITE_IPFS_GATEWAY) or https://.
import {config} from "../config.js";

export type Profile = {name?: string; description?: string; image?: string; external_link?: string; links?: string[]};

export function profileToURI(profile: Profile): string {
  const json = JSON.stringify(profile);
  return `data:application/json;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(json)))}`;
}

export const resolveURI = (uri: string) =>
  uri.startsWith("ipfs://") ? `${config.ipfsGateway}${uri.slice("ipfs://".length)}` : uri;

export async function fetchProfile(uri: string): Promise<Profile | undefined> {
  if (!uri) return undefined;
  if (uri.startsWith("data:")) {
    const [head = "", body = ""] = uri.slice(5).split(",", 2);
    const text = head.endsWith(";base64")
      ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
      : decodeURIComponent(body);
    return JSON.parse(text) as Profile;
  }
  try {
    const response = await fetch(resolveURI(uri), {signal: AbortSignal.timeout(5_000)});
    return response.ok ? ((await response.json()) as Profile) : undefined;
  } catch {
    return undefined; // an unreachable profile is not an error of the page: it shows the URI instead
  }
}

/** Only http(s) and data:image links are rendered as images or links. */
export const safeUrl = (url: string | undefined) =>
  url && /^(https?:\/\/|data:image\/|ipfs:\/\/)/.test(url) ? resolveURI(url) : undefined;
