import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
      <p className="mt-1 text-stone-600">
        Already have one?{" "}
        <Link className="font-medium text-brand-700 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Sign in
        </Link>
      </p>
      <div className="mt-6 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
        <SignUpForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
