// Prints the deck generated from a markdown or text file as JSON: `npm run --silent generate -- file.md`.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { generateDeck, readDocumentInput } from "../lib/generate/index";

function fail(message: string, code = 1): never {
  process.stderr.write(`${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(code);
}

async function main() {
  const file = process.argv.slice(2).find((arg) => arg !== "--");
  if (!file) fail("Usage: npm run --silent generate -- path/to/document.md", 2);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `File not found: ${file}` : code === "EISDIR" ? `Not a file: ${file}` : `Cannot read ${file}: ${code ?? "unknown error"}`);
  }
  const input = readDocumentInput(bytes, path.basename(file));
  if (!input.ok) fail(input.reason);
  const deck = generateDeck(input.text, { format: input.format, fallbackTitle: path.basename(file).replace(/\.[^.]+$/, "") });
  const output = {
    title: deck.title,
    cards: deck.cards.map(({ id, kind, front, back, source }) => ({ id, kind, front, back, source })),
    quiz: deck.quiz.map(({ id, kind, prompt, options, answer, explanation, source }) => ({
      id,
      kind,
      prompt,
      ...(options === undefined ? {} : { options }),
      answer,
      ...(explanation === undefined ? {} : { explanation }),
      source,
    })),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  if (deck.message) process.stderr.write(`${deck.message}\n`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
