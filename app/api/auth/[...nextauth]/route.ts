import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions, clientAddress } from "@/lib/auth";
import { RateLimitedError } from "@/lib/data/errors";
import { assertSignInAllowed } from "@/lib/data/sign-in-attempts";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Locked-out sign-ins answer 429 before next-auth runs; the body keeps next-auth's shape so its client shows the message.
async function post(request: NextRequest, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase();
    if (email) {
      try {
        await assertSignInAllowed(email, clientAddress(request.headers.get("x-forwarded-for")), new Date());
      } catch (error) {
        if (error instanceof RateLimitedError) {
          const url = new URL("/sign-in", request.nextUrl.origin);
          url.searchParams.set("error", error.message);
          return NextResponse.json(
            { error: error.message, url: url.toString() },
            { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
          );
        }
        throw error;
      }
    }
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
