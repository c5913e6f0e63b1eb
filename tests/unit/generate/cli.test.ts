import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SCRIPT = path.join(ROOT, "scripts/generate.mts");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "generate-cli-")), name);
  writeFileSync(file, content);
  return file;
}

describe("scripts/generate.mts", { timeout: 60_000 }, () => {
  it("prints the deck as JSON with only the documented fields", () => {
    const { status, stdout, stderr } = run(path.join(FIXTURE_DIR, "tcp-vs-udp.md"));
    expect(status, stderr).toBe(0);
    const deck = JSON.parse(stdout) as { title: string; cards: Record<string, unknown>[]; quiz: Record<string, unknown>[] };
    expect(Object.keys(deck)).toEqual(["title", "cards", "quiz"]);
    expect(deck.title).toBe("TCP vs UDP: What's the Difference?");
    for (const card of deck.cards) expect(Object.keys(card)).toEqual(["id", "kind", "front", "back", "source"]);
    for (const item of deck.quiz) {
      for (const key of Object.keys(item)) expect(["id", "kind", "prompt", "options", "answer", "explanation", "source"]).toContain(key);
    }
  });

  it("reads .txt files as plain text", () => {
    const { status, stdout } = run(path.join(FIXTURE_DIR, "tcp-vs-udp-pasted.txt"));
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { title: string }).title).toBe("TCP vs UDP: What's the Difference?");
  });

  it.each([
    ["a missing file", () => "/nonexistent/notes.md", /not found/],
    ["an empty file", () => tempFile("empty.md", ""), /empty/],
    ["a binary file", () => tempFile("image.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])), /binary/],
    ["invalid UTF-8", () => tempFile("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])), /UTF-8/],
    ["a file over 1 MB", () => tempFile("big.md", "a".repeat(1_048_577)), /1 MB/],
  ])("rejects %s with a one-line reason and no stack trace", (_, file, reason) => {
    const { status, stdout, stderr } = run(file());
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat\s.+:\d+/);
  });

  it("prints an empty deck and the reason on stderr for a document with no material", () => {
    const { status, stdout, stderr } = run(path.join(FIXTURE_DIR, "no-material.md"));
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { cards: unknown[] }).cards).toEqual([]);
    expect(stderr).toMatch(/No flashcards could be made/);
  });
});
