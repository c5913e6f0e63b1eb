import Link from "next/link";
import { getViewer } from "@/lib/auth";
import { NavLinks } from "@/components/layout/nav-links";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { buttonClasses } from "@/components/ui/button";

export async function SiteHeader() {
  const viewer = await getViewer().catch(() => null);
  const links = viewer
    ? [
        { href: "/today", label: "Today" },
        { href: "/decks", label: "My decks" },
        { href: "/library", label: "Library" },
        { href: "/quiz", label: "Quiz" },
        { href: "/progress", label: "Progress" },
        ...(viewer.role === "TEACHER" ? [{ href: "/documents", label: "Documents" }, { href: "/classes", label: "Classes" }] : [{ href: "/join", label: "Join a class" }]),
      ]
    : [];
  return (
    <header className="border-b border-stone-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-16 w-full max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-stone-900">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white">G</span>
          Groundwork
        </Link>
        <nav aria-label="Main" className="flex-1">
          <NavLinks links={links} />
        </nav>
        {viewer ? (
          <div className="flex items-center gap-2">
            <Link href="/settings" className="hidden text-sm text-stone-600 hover:text-stone-900 sm:block" aria-label={`Settings for ${viewer.name}`}>
              {viewer.name}
            </Link>
            <SignOutButton />
          </div>
        ) : (
          <div className="flex items-center gap-2">
            <Link href="/sign-in" className={buttonClasses("ghost", "sm")}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonClasses("primary", "sm")}>
              Create account
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
