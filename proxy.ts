import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/today", "/review", "/decks", "/library", "/quiz", "/progress", "/settings", "/classes", "/documents", "/join"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

// A convenience only: pages and the data layer check the session themselves. This passes the path on
// (so sign-in can send people back) and spares guests a round trip to a page they cannot see.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-groundwork-path", pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
