"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth";
import { failureFrom, type ActionResult } from "@/lib/actions/result";
import { optimizeSchedule, type OptimizeResult } from "@/lib/data/optimizer";

export async function optimizeScheduleAction(): Promise<ActionResult<{ result: OptimizeResult }>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  try {
    const result = await optimizeSchedule(viewer, new Date());
    revalidatePath("/settings");
    return { ok: true, result };
  } catch (error) {
    return failureFrom(error);
  }
}
