import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { generateDeck } from "@/lib/generate";
import { hashContent, importDocumentDeck, type ImportSummary } from "@/lib/data/deck-import";

export type LibrarySyncResult = { file: string; title: string; summary: ImportSummary };

function slugForFile(file: string): string {
  return `library-${path.basename(file, path.extname(file)).replace(/^\d+-/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** Loads every markdown document of content/ into a published built-in deck. Idempotent: unchanged files are skipped. */
export async function syncLibrary(directory: string): Promise<LibrarySyncResult[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith(".md")).sort();
  const results: LibrarySyncResult[] = [];
  for (const file of files) {
    const markdown = await readFile(path.join(directory, file), "utf8");
    const deck = generateDeck(markdown, { format: "md", fallbackTitle: file });
    const summary = await importDocumentDeck(
      { slug: slugForFile(file), title: deck.title, markdown, format: "md", ownerId: null, status: "PUBLISHED", description: descriptionOf(markdown) },
      deck,
      // The hash covers what the generator made too, so an improved generator reaches the built-in decks.
      { skipIfUnchanged: true, contentHash: hashContent(markdown + JSON.stringify([deck.cards, deck.quiz])) },
    );
    results.push({ file, title: deck.title, summary });
  }
  return results;
}

function descriptionOf(markdown: string): string {
  const match = /^summary:\s*(.+)$/m.exec(markdown.split(/^---$/m)[1] ?? "");
  return match?.[1]?.trim().replace(/^["']|["']$/g, "") ?? "";
}
