// Ethereum V3 keystores (the format geth, `cast wallet new` and `cast wallet import` write): scrypt or pbkdf2-sha256
// derives a key from the password; its second half MACs the ciphertext (keccak256), its first half decrypts it
// (aes-128-ctr). Built on @noble/hashes and @noble/ciphers, which viem already depends on.
import {ctr} from "@noble/ciphers/aes";
import {pbkdf2Async} from "@noble/hashes/pbkdf2";
import {scryptAsync} from "@noble/hashes/scrypt";
import {sha256} from "@noble/hashes/sha2";
import {keccak_256} from "@noble/hashes/sha3";
import {bytesToHex, concatBytes, hexToBytes} from "@noble/hashes/utils";
import type {Hex} from "viem";
import {CliError, UsageError} from "./errors.js";
import {readTextFile} from "./files.js";

type KeystoreV3 = {
  version: number;
  crypto?: Crypto;
  Crypto?: Crypto;
};
type Crypto = {
  cipher: string;
  ciphertext: string;
  cipherparams: {iv: string};
  kdf: "scrypt" | "pbkdf2";
  kdfparams: {dklen: number; salt: string; n?: number; r?: number; p?: number; c?: number; prf?: string};
  mac: string;
};

/** Reads and parses a keystore file; a file that is not a V3 keystore is a usage error. */
export function readKeystore(path: string): KeystoreV3 {
  const text = readTextFile(path, "--keystore");
  let json: KeystoreV3;
  try {
    json = JSON.parse(text) as KeystoreV3;
  } catch {
    throw new UsageError(`--keystore: ${path} is not JSON`);
  }
  const crypto = json.crypto ?? json.Crypto;
  if (json.version !== 3 || !crypto?.ciphertext || !crypto.kdfparams || !crypto.mac) {
    throw new UsageError(`--keystore: ${path} is not an Ethereum V3 keystore`);
  }
  return json;
}

const unhex = (value: string) => hexToBytes(value.replace(/^0x/, ""));

/** Decrypts a V3 keystore with `password`; a wrong password fails the MAC check ("wrong keystore password"). */
export async function decryptKeystore(keystore: KeystoreV3, password: string): Promise<Hex> {
  const crypto = keystore.crypto ?? keystore.Crypto;
  if (!crypto) throw new CliError("keystore: no crypto section"); // readKeystore already refuses such a file
  const {kdf, kdfparams: params} = crypto;
  const salt = unhex(params.salt);
  const password_ = new TextEncoder().encode(password.normalize("NFKC"));
  let derived: Uint8Array;
  if (kdf === "scrypt") {
    const {n, r, p} = params;
    if (n === undefined || r === undefined || p === undefined) throw new CliError("keystore: scrypt without n, r or p");
    derived = await scryptAsync(password_, salt, {
      N: n,
      r,
      p,
      dkLen: params.dklen,
      maxmem: 2 ** 31,
    });
  } else if (kdf === "pbkdf2") {
    if (params.prf !== "hmac-sha256") throw new CliError(`keystore: unsupported pbkdf2 prf ${params.prf}`);
    if (params.c === undefined) throw new CliError("keystore: pbkdf2 without an iteration count c");
    derived = await pbkdf2Async(sha256, password_, salt, {c: params.c, dkLen: params.dklen});
  } else {
    throw new CliError(`keystore: unsupported kdf ${String(kdf)}`);
  }
  const ciphertext = unhex(crypto.ciphertext);
  const mac = keccak_256(concatBytes(derived.slice(16, 32), ciphertext));
  if (bytesToHex(mac) !== bytesToHex(unhex(crypto.mac)))
    throw new CliError("wrong keystore password (the keystore's MAC does not match)");
  if (crypto.cipher !== "aes-128-ctr") throw new CliError(`keystore: unsupported cipher ${crypto.cipher}`);
  const key = ctr(derived.slice(0, 16), unhex(crypto.cipherparams.iv)).decrypt(ciphertext);
  return `0x${bytesToHex(key)}`;
}

/** Reads a password from the terminal without echoing it. */
export function promptPassword(prompt: string): Promise<string> {
  const {stdin, stderr} = process;
  if (!stdin.isTTY) {
    return Promise.reject(
      new CliError("--keystore needs a password: set PERSONAL_TOKEN_KEYSTORE_PASSWORD or run in a terminal"),
    );
  }
  return new Promise((resolve, reject) => {
    let password = "";
    stdin.setRawMode(true); // before the prompt: nothing typed after it is echoed
    stderr.write(prompt);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      stderr.write("\n");
      if (error) reject(error);
      else resolve(password);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return done();
        if (char === "\u0003") return done(new CliError("cancelled"));
        if (char === "\u007f" || char === "\b") password = password.slice(0, -1);
        else password += char;
      }
    };
    stdin.on("data", onData);
  });
}
