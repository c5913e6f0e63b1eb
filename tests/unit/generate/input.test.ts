import { describe, expect, it } from "vitest";
import { readDocumentInput } from "@/lib/generate";

const encode = (text: string) => new TextEncoder().encode(text);

describe("readDocumentInput", () => {
  it("accepts UTF-8 markdown and text, taking the format from the file name", () => {
    expect(readDocumentInput(encode("# Title\n\nBody text."), "notes.md")).toEqual({ ok: true, text: "# Title\n\nBody text.", format: "md" });
    expect(readDocumentInput(encode("Title\n\nBody text."), "notes.txt")).toEqual({ ok: true, text: "Title\n\nBody text.", format: "txt" });
  });

  it("guesses the format from the content when there is no file name", () => {
    expect(readDocumentInput(encode("## Heading\n\n**Bold** text")).ok && readDocumentInput(encode("## Heading\n\n**Bold** text"))).toMatchObject({ format: "md" });
    expect(readDocumentInput(encode("Just some pasted text\nwith lines"))).toMatchObject({ ok: true, format: "txt" });
  });

  it("drops a byte order mark", () => {
    expect(readDocumentInput(new Uint8Array([0xef, 0xbb, 0xbf, ...encode("Hello there")]))).toMatchObject({ ok: true, text: "Hello there" });
  });

  it.each([
    ["an empty file", new Uint8Array(), /empty/],
    ["a whitespace-only file", encode("  \n\t \r\n  "), /only whitespace/],
    ["a file over 1 MB", new Uint8Array(1_048_577).fill(0x61), /1 MB/],
    ["a binary file with NUL bytes", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /binary/],
    ["a binary file full of control characters", new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /binary/],
    ["invalid UTF-8", new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0xff, 0xfe, 0x41]), /UTF-8/],
    ["UTF-16 text", new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), /UTF-16/],
  ])("rejects %s with one human sentence", (_, bytes, reason) => {
    const result = readDocumentInput(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.reason).toMatch(/^[A-Z][^\n]*\.$/);
    }
  });

  it("accepts exactly 1 MB", () => {
    expect(readDocumentInput(new Uint8Array(1_048_576).fill(0x61)).ok).toBe(true);
  });
});
