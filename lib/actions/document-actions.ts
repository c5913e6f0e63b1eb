"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth";
import { failureFrom, invalidInput, type ActionResult } from "@/lib/actions/result";
import { addCard, createDocumentDeck, previewDocument, removeCard, removeQuizItem, replaceDocumentText, setDeckPublished, updateCardText } from "@/lib/data/documents";
import type { GeneratedDeck } from "@/lib/generate";
import { readDocumentInput } from "@/lib/generate";
import { CardTextInput, DocumentTitleInput, SaveDocumentInput } from "@/lib/validation/document";

const Id = z.string().trim().min(1).max(100);

/** Reads the uploaded file or pasted text the same way the generator CLI does: size, binary and UTF-8 checks. */
async function readDocumentForm(formData: FormData): Promise<{ ok: true; text: string; format: "md" | "txt" } | { ok: false; field: string; message: string }> {
  const file = formData.get("file");
  const pasted = String(formData.get("text") ?? "");
  if (file instanceof File && file.size > 0) {
    if (!/\.(md|markdown|txt)$/i.test(file.name)) return { ok: false, field: "file", message: "Upload a .md or .txt file." };
    const result = readDocumentInput(new Uint8Array(await file.arrayBuffer()), file.name);
    return result.ok ? { ok: true, text: result.text, format: result.format } : { ok: false, field: "file", message: result.reason };
  }
  const result = readDocumentInput(new TextEncoder().encode(pasted), "pasted.txt");
  if (!result.ok) return { ok: false, field: "text", message: pasted.trim() ? result.reason : "Paste some text or choose a file." };
  const looksLikeMarkdown = /^#{1,6}\s|^\s*[-*]\s|\|.*\|/m.test(result.text);
  return { ok: true, text: result.text, format: looksLikeMarkdown ? "md" : "txt" };
}

export async function previewDocumentAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ deck: GeneratedDeck; text: string; format: "md" | "txt" }>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  if (viewer.role !== "TEACHER") return { ok: false, message: "Only teachers can add documents." };
  const title = DocumentTitleInput.safeParse(formData.get("title") ?? undefined);
  if (!title.success) return invalidInput(title.error);
  const read = await readDocumentForm(formData);
  if (!read.ok) return { ok: false, message: read.message, fieldErrors: { [read.field]: [read.message] } };
  const deck = previewDocument(read.text, read.format, title.data || undefined);
  if (deck.cards.length === 0) {
    const message = deck.message ?? "No cards could be made from this document.";
    return { ok: false, message, fieldErrors: { [formData.get("file") instanceof File && (formData.get("file") as File).size > 0 ? "file" : "text"]: [message] } };
  }
  return { ok: true, deck, text: read.text, format: read.format };
}

export async function saveDocumentAction(input: unknown): Promise<ActionResult<{ documentId: string; deckId: string }>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  const parsed = SaveDocumentInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const saved = await createDocumentDeck(viewer, parsed.data);
    revalidatePath("/documents");
    revalidatePath("/library");
    return { ok: true, ...saved };
  } catch (error) {
    return failureFrom(error);
  }
}

async function withOwner(fn: () => Promise<void>, paths: string[]): Promise<ActionResult> {
  try {
    await fn();
  } catch (error) {
    return failureFrom(error);
  }
  for (const path of paths) revalidatePath(path);
  return { ok: true };
}

export async function updateCardAction(cardId: string, documentId: string, text: unknown): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  const parsed = CardTextInput.safeParse(text);
  if (!parsed.success || !Id.safeParse(cardId).success) return parsed.success ? { ok: false, message: "That card does not exist." } : invalidInput(parsed.error);
  return withOwner(() => updateCardText(viewer, cardId, parsed.data), [`/documents/${documentId}`]);
}

export async function removeCardAction(cardId: string, documentId: string): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  if (!Id.safeParse(cardId).success) return { ok: false, message: "That card does not exist." };
  return withOwner(() => removeCard(viewer, cardId), [`/documents/${documentId}`]);
}

export async function addCardAction(deckId: string, documentId: string, text: unknown): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  const parsed = CardTextInput.safeParse(text);
  if (!parsed.success) return invalidInput(parsed.error);
  if (!Id.safeParse(deckId).success) return { ok: false, message: "That deck does not exist." };
  return withOwner(async () => void (await addCard(viewer, deckId, parsed.data, new Date())), [`/documents/${documentId}`]);
}

export async function removeQuizItemAction(quizItemId: string, documentId: string): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  if (!Id.safeParse(quizItemId).success) return { ok: false, message: "That question does not exist." };
  return withOwner(() => removeQuizItem(viewer, quizItemId), [`/documents/${documentId}`]);
}

export async function setPublishedAction(deckId: string, documentId: string, published: boolean): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  if (!Id.safeParse(deckId).success) return { ok: false, message: "That deck does not exist." };
  return withOwner(() => setDeckPublished(viewer, deckId, published), [`/documents/${documentId}`, "/library"]);
}

export async function replaceDocumentAction(documentId: string, _prev: unknown, formData: FormData): Promise<ActionResult<{ added: number; retired: number; unchanged: number; updated: number }>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to continue." };
  const read = await readDocumentForm(formData);
  if (!read.ok) return { ok: false, message: read.message, fieldErrors: { [read.field]: [read.message] } };
  try {
    const summary = await replaceDocumentText(viewer, documentId, read.text, read.format, new Date());
    revalidatePath(`/documents/${documentId}`);
    return { ok: true, added: summary.added, retired: summary.retired, unchanged: summary.unchanged, updated: summary.updated };
  } catch (error) {
    return failureFrom(error);
  }
}
