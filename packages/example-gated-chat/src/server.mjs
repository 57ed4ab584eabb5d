// A holders-only chat: Sign-In with Ethereum, gated on a personal-token balance, a credential the creator gave, or both.
// Node's `http`, no framework.
//
//   GET  /nonce   -> {nonce}                 a fresh single-use nonce, valid for NONCE_TTL_MS
//   POST /login   {message, signature}       -> 200 {address, balance} + session cookie (holders of >= minBalance and/or
//                                               of the credential), 401 {reason} bad/expired/replayed message or
//                                               signature, 403 {reason} not admitted
//   GET  /chat    -> 200 {messages}          401 without a session, 403 once the holder sold below minBalance or lost the
//                                               credential (burned, revoked, expired)
//   POST /chat    {text} -> 201 {message}
//
// The nonce is the replay guard: the server issues it, remembers it, and consumes it on the first login attempt that
// presents it, whatever the outcome. verifyHolderSignIn checks that the message carries it (and the domain, chain,
// expiry and signature); only the server can know it was never used before.
import {randomBytes} from "node:crypto";
import {createServer} from "node:http";
import {iCredentialsAbi, verifyHolderSignIn} from "@personal-token/sdk";
import {erc20Abi, isAddress, parseEther} from "viem";
import {readContract} from "viem/actions";
import {generateSiweNonce, parseSiweMessage} from "viem/siwe";

const NONCE_TTL_MS = 5 * 60_000;
const SESSION_TTL_MS = 60 * 60_000;
const MAX_BODY = 16 * 1024;
const MAX_TEXT = 1_000;
/** verifyHolderSignIn refusals that mean "signed in fine, but not admitted" (403 rather than 401). */
const NOT_ADMITTED = new Set(["insufficient-balance", "missing-credential", "expired-credential"]);
/** The methods each path answers; any other method on it is 405 with `Allow`. */
const ROUTES = {"/nonce": ["GET"], "/login": ["POST"], "/chat": ["GET", "POST"]};

/**
 * @param {object} options
 * @param {import("viem").Client} options.client a viem client on the token's chain (reads only)
 * @param {`0x${string}`} [options.token] the personal token; omit to admit on a credential only
 * @param {string} options.domain the host[:port] the sign-in messages must name (the site's own)
 * @param {bigint} [options.minBalance] with `token`: smallest balance admitted, in base units (default: 1 token)
 * @param {{credentials: `0x${string}`, classId: bigint, unexpiredOnly?: boolean}} [options.credential] also (or,
 *   without `token`, only) require a credential of this class (unexpired unless `unexpiredOnly: false`)
 * @param {() => Date} [options.now] the clock (tests)
 */
export function createChatServer({client, token, domain, minBalance, credential, now = () => new Date()}) {
  // Refuse a bad configuration now, not as a 500 on every login.
  if (token === undefined && credential === undefined)
    throw new Error("createChatServer: give a token, a credential, or both");
  if (token !== undefined && (typeof token !== "string" || !isAddress(token))) {
    throw new Error(
      `token: ${JSON.stringify(token)} is not an address (0x and 40 hex digits, checksummed or lowercase)`,
    );
  }
  if (credential !== undefined && (typeof credential.credentials !== "string" || !isAddress(credential.credentials))) {
    throw new Error(`credential.credentials: ${JSON.stringify(credential.credentials)} is not an address`);
  }
  if (typeof domain !== "string" || domain === "" || domain.includes("/")) {
    throw new Error(`domain: ${JSON.stringify(domain)} is not a host[:port] such as chat.alex.xyz`);
  }
  if (token !== undefined) minBalance ??= parseEther("1");
  /** nonce -> expiry (ms). Single use: deleted on the first login attempt that names it. */
  const nonces = new Map();
  /** session id -> {address, expires} */
  const sessions = new Map();
  /** @type {{from: string, text: string, at: string}[]} */
  const messages = [];

  /** Why `address` is not (or no longer) admitted, or undefined when it is: re-checked on every chat request. */
  async function refusal(address) {
    if (token !== undefined) {
      const balance = await readContract(client, {
        address: token,
        abi: erc20Abi,
        functionName: "balanceOf",
        args: [address],
      });
      if (balance < minBalance) return "holders only: your balance is below the minimum";
    }
    if (credential !== undefined) {
      const {credentials, classId, unexpiredOnly = true} = credential;
      const held = await readContract(client, {
        address: credentials,
        abi: iCredentialsAbi,
        functionName: "hasCredential",
        args: [address, classId, unexpiredOnly],
      });
      if (!held) return "credential holders only: yours is missing or expired";
    }
    return undefined;
  }

  async function login(req, res) {
    const body = await readJson(req);
    if (typeof body?.message !== "string" || typeof body?.signature !== "string") {
      return send(res, 400, {error: "expected {message, signature}"});
    }
    let claimed;
    try {
      claimed = parseSiweMessage(body.message).nonce;
    } catch {
      claimed = undefined;
    }
    if (claimed === undefined)
      return send(res, 401, {reason: "invalid-message", detail: "Not a Sign-In with Ethereum message with a nonce."});
    const expiry = nonces.get(claimed);
    nonces.delete(claimed); // consumed now, whatever happens next
    if (expiry === undefined || expiry < now().getTime()) {
      return send(res, 401, {
        reason: "nonce-mismatch",
        detail: "Unknown, expired or already used nonce: GET /nonce and sign again.",
      });
    }
    const result = await verifyHolderSignIn(client, {
      message: body.message,
      signature: body.signature,
      token,
      minBalance,
      credential,
      domain,
      nonce: claimed,
      time: now(),
    });
    if (!result.ok)
      return send(res, NOT_ADMITTED.has(result.reason) ? 403 : 401, {
        reason: result.reason,
        detail: result.detail,
      });
    const id = randomBytes(32).toString("hex");
    // A session never outlives the signed message's own expiry.
    const expires = Math.min(now().getTime() + SESSION_TTL_MS, result.expirationTime?.getTime() ?? Infinity);
    sessions.set(id, {address: result.address, expires});
    res.setHeader(
      "Set-Cookie",
      `session=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.floor((expires - now().getTime()) / 1000)}`,
    );
    return send(res, 200, {address: result.address, balance: result.balance?.toString(), session: id});
  }

  /** The session's holder, re-checked on every request (a holder who sold or lost the credential loses access). */
  async function holder(req, res) {
    const id = sessionId(req);
    const session = id && sessions.get(id);
    if (!session || session.expires <= now().getTime()) {
      if (id) sessions.delete(id);
      send(res, 401, {error: "sign in first: GET /nonce, then POST /login"});
      return undefined;
    }
    const refused = await refusal(session.address);
    if (refused) {
      sessions.delete(id);
      send(res, 403, {error: refused});
      return undefined;
    }
    return session.address;
  }

  const server = createServer(async (req, res) => {
    try {
      const {pathname} = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "GET" && pathname === "/nonce") {
        for (const [nonce, expiry] of nonces) if (expiry < now().getTime()) nonces.delete(nonce);
        const nonce = generateSiweNonce();
        nonces.set(nonce, now().getTime() + NONCE_TTL_MS);
        return send(res, 200, {nonce});
      }
      if (req.method === "POST" && pathname === "/login") return await login(req, res);
      if (pathname === "/chat" && (req.method === "GET" || req.method === "POST")) {
        const address = await holder(req, res);
        if (!address) return;
        if (req.method === "GET") return send(res, 200, {messages});
        const body = await readJson(req);
        if (typeof body?.text !== "string" || body.text.trim() === "" || body.text.length > MAX_TEXT) {
          return send(res, 400, {error: `expected {text}: 1 to ${MAX_TEXT} characters`});
        }
        const message = {from: address, text: body.text, at: now().toISOString()};
        messages.push(message);
        return send(res, 201, {message});
      }
      const allowed = ROUTES[pathname];
      if (allowed) {
        res.setHeader("Allow", allowed.join(", "));
        return send(res, 405, {error: `${req.method} ${pathname}: use ${allowed.join(" or ")}`});
      }
      return send(res, 404, {error: "not found"});
    } catch (error) {
      if (error instanceof BadRequest) return send(res, 400, {error: error.message});
      console.error(error);
      return send(res, 500, {error: "internal error"});
    }
  });
  return server;
}

class BadRequest extends Error {}

function send(res, status, body) {
  res.writeHead(status, {"content-type": "application/json", "cache-control": "no-store"});
  res.end(JSON.stringify(body));
}

function sessionId(req) {
  const bearer = /^Bearer ([0-9a-f]{64})$/.exec(req.headers.authorization ?? "");
  if (bearer) return bearer[1];
  const cookie = /(?:^|;\s*)session=([0-9a-f]{64})/.exec(req.headers.cookie ?? "");
  return cookie?.[1];
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BadRequest("body too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("body is not JSON");
  }
}
