import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/lib/session-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("reading next-auth's session cookie", () => {
  it("reads the user id and token version of a session next-auth issued", async () => {
    const token = await encode({ token: { uid: "user-1", tv: 3 }, secret });
    expect(await decodeSessionToken(token, secret)).toMatchObject({ uid: "user-1", tv: 3 });
  });

  it("refuses a token issued with another secret", async () => {
    const token = await encode({ token: { uid: "user-1", tv: 0 }, secret: "some-other-secret-0123456789-abcdef" });
    expect(await decodeSessionToken(token, secret)).toBeNull();
  });

  it("refuses a token whose ciphertext was altered", async () => {
    const token = await encode({ token: { uid: "user-1", tv: 0 }, secret });
    const parts = token.split(".");
    const cipher = parts[3]!;
    parts[3] = (cipher[0] === "A" ? "B" : "A") + cipher.slice(1);
    expect(await decodeSessionToken(parts.join("."), secret)).toBeNull();
  });

  it("refuses an expired session", async () => {
    const token = await encode({ token: { uid: "user-1", tv: 0 }, secret, maxAge: -60 });
    expect(await decodeSessionToken(token, secret)).toBeNull();
  });

  it("refuses something that is not a token at all", async () => {
    expect(await decodeSessionToken("not-a-token", secret)).toBeNull();
  });
});
