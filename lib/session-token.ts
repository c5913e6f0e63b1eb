import { hkdf } from "@panva/hkdf";
import { jwtDecrypt, type JWTPayload } from "jose";

// next-auth's session cookie is a JWE (dir, A256GCM) whose key is derived from NEXTAUTH_SECRET with HKDF.
// Its own decoder derives that key again for every request (on the thread pool); the key only depends on
// the secret, so it is derived once here and the token checked the same way (expiry with 15 s of leeway).
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32);
    keys.set(secret, key);
  }
  return key;
}

/** The payload of a session token next-auth issued with this secret, or null if it is forged, altered or expired. */
export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}
