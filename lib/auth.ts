import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { notFound, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { assertSignInAllowed, recordSignInAttempt } from "@/lib/data/sign-in-attempts";
import { findOrCreateOAuthUser, getViewerForSession, verifyCredentials } from "@/lib/data/users";
import type { Viewer } from "@/lib/data/viewer";
import { decodeSessionToken } from "@/lib/session-token";
import { SignInInput } from "@/lib/validation/user";

/** The address the nearest proxy saw: the last X-Forwarded-For entry, as earlier ones are the client's own claim. */
export function clientAddress(forwardedFor: string | string[] | null | undefined): string {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  return value?.split(",").pop()?.trim() || "unknown";
}

function oauthProviders(): NextAuthOptions["providers"] {
  const providers: NextAuthOptions["providers"] = [];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }));
  }
  if (process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID, clientSecret: process.env.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = SignInInput.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("Enter your email address and password.");
        const { email, password } = parsed.data;
        const ip = clientAddress(request?.headers?.["x-forwarded-for"]);
        const now = new Date();
        await assertSignInAllowed(email, ip, now);
        const identity = await verifyCredentials(email, password);
        await recordSignInAttempt(email, ip, identity !== null, now);
        if (!identity) throw new Error("That email and password do not match an account.");
        return { id: identity.id, tokenVersion: identity.tokenVersion };
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user, account }) {
      if (user && account?.type === "oauth") {
        const identity = await findOrCreateOAuthUser({ email: user.email ?? "", name: user.name ?? "" });
        token.uid = identity.id;
        token.tv = identity.tokenVersion;
      } else if (user) {
        token.uid = user.id;
        token.tv = (user as { tokenVersion?: number }).tokenVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, tv: token.tv };
    },
  },
};


const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function readSessionCookie(store: Awaited<ReturnType<typeof cookies>>): string | null {
  for (const name of SESSION_COOKIES) {
    const whole = store.get(name)?.value;
    if (whole) return whole;
    // next-auth splits a cookie over 4 kB into name.0, name.1, …
    const chunks: string[] = [];
    for (let i = 0; store.get(`${name}.${i}`); i++) chunks.push(store.get(`${name}.${i}`)!.value);
    if (chunks.length) return chunks.join("");
  }
  return null;
}

/**
 * The session's user id and token version, read straight from the signed, encrypted session cookie
 * (checked as next-auth's own decoder does, with the key derived once). The token version is not
 * checked here: callers do that against the database, getViewer below or a data function in its own query.
 */
export async function getSessionIdentity(): Promise<{ id: string; tokenVersion: number } | null> {
  const token = readSessionCookie(await cookies());
  const secret = process.env.NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  const payload = await decodeSessionToken(token, secret);
  if (!payload || typeof payload.uid !== "string" || typeof payload.tv !== "number") return null;
  return { id: payload.uid, tokenVersion: payload.tv };
}

/** The signed-in viewer, or null. A session whose token version is stale (signed out everywhere) counts as none. */
export async function getViewer(): Promise<Viewer | null> {
  const identity = await getSessionIdentity();
  return identity ? getViewerForSession(identity.id, identity.tokenVersion) : null;
}

async function currentPath(): Promise<string> {
  const list = await headers();
  return list.get("x-groundwork-path") ?? "/";
}

/** For pages: the viewer, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo ?? (await currentPath()))}`);
  return viewer;
}

export async function requireTeacher(returnTo?: string): Promise<Viewer> {
  const viewer = await requireUser(returnTo);
  if (viewer.role !== "TEACHER") notFound();
  return viewer;
}
