import { describe, expect, it } from "vitest";
import { checkTypedAnswer } from "@/lib/generate";

describe("checkTypedAnswer", () => {
  it.each([
    ["Photosynthesis", "photosynthesis"],
    ["Photosynthesis", "  PHOTOSYNTHESIS. "],
    ["the Calvin cycle", "Calvin cycle"],
    ["Calvin cycle", "the calvin cycle"],
    ["an epoch", "epoch"],
    ["Estates-General", "estates general"],
    ["Photosynthesis", "photosynthesus"],
    ["thylakoids", "thylakiods"],
    ["chloroplasts", "chloroplast"],
    ["Rousseau", "Roussau"],
    ["50%", "50 percent"],
    ["Transmission Control Protocol (TCP)", "TCP"],
    ["Transmission Control Protocol (TCP)", "transmission control protocol"],
    ["Café", "cafe"],
  ])("accepts %j for %j", (expected, given) => {
    expect(checkTypedAnswer(expected, given)).toBe(true);
  });

  it.each([
    ["Photosynthesis", "respiration"],
    ["1789", "1788"],
    ["17,000", "1,700"],
    ["cat", "bat"],
    ["mitosis", "meiosis"],
    ["thylakoids", "thylakoidsss"],
    ["Calvin cycle", "Krebs cycle"],
    ["Calvin cycle", "calvn cycel"],
    ["Photosynthesis", ""],
    ["Photosynthesis", "the"],
  ])("rejects %j for %j", (expected, given) => {
    expect(checkTypedAnswer(expected, given)).toBe(false);
  });
});
