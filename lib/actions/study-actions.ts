"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth";
import { failureFrom, type ActionResult } from "@/lib/actions/result";
import { addDeckToStudies, removeDeckFromStudies } from "@/lib/data/study";

const DeckId = z.string().trim().min(1).max(100);

export async function addDeckToStudiesAction(deckId: string): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  const parsed = DeckId.safeParse(deckId);
  if (!parsed.success) return { ok: false, message: "That deck does not exist." };
  try {
    await addDeckToStudies(viewer, parsed.data, new Date());
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/library");
  revalidatePath("/decks");
  revalidatePath("/today");
  return { ok: true };
}

export async function removeDeckFromStudiesAction(deckId: string): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  const parsed = DeckId.safeParse(deckId);
  if (!parsed.success) return { ok: false, message: "That deck does not exist." };
  await removeDeckFromStudies(viewer, parsed.data);
  revalidatePath("/library");
  revalidatePath("/decks");
  revalidatePath("/today");
  return { ok: true };
}
