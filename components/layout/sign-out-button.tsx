"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { signOutEverywhereAction } from "@/lib/actions/session-actions";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction();
          await signOut({ callbackUrl: "/" });
        })
      }
    >
      Sign out
    </Button>
  );
}
