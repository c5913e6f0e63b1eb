import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className={`${buttonClasses("primary")} mt-6`}>
        Go home
      </Link>
    </div>
  );
}
