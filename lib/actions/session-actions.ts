"use server";

import { getViewer } from "@/lib/auth";
import { endAllSessions } from "@/lib/data/users";

/** Signing out ends this user's sessions on every device, not just this browser's cookie. */
export async function signOutEverywhereAction(): Promise<{ ok: true }> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer);
  return { ok: true };
}
