"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth";
import { failureFrom, invalidInput, type ActionFailure, type ActionResult } from "@/lib/actions/result";
import { changePassword, deleteAccount, setDailyReviewCap, updateSettings } from "@/lib/data/settings";
import { ChangePasswordInput, DeleteAccountInput, SettingsInput } from "@/lib/validation/settings";

const signedOut: ActionFailure = { ok: false, message: "Your session has ended. Sign in again to continue." };

/** Name, time zone and study limits; every page reads them, so the whole layout is revalidated. */
export async function updateSettingsAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const parsed = SettingsInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await updateSettings(viewer, parsed.data);
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Every session, this one included, ends; the form signs this browser back in with the new password. */
export async function changePasswordAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const parsed = ChangePasswordInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await changePassword(viewer, parsed.data);
  } catch (error) {
    return failureFrom(error);
  }
  return { ok: true };
}

/** The client signs out after this succeeds; the session it holds already points at nobody. */
export async function deleteAccountAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const parsed = DeleteAccountInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await deleteAccount(viewer);
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function setCatchUpCapAction(cap: number): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  try {
    await setDailyReviewCap(viewer, cap);
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/today");
  return { ok: true };
}
