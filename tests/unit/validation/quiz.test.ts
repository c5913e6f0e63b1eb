import { describe, expect, it } from "vitest";
import { AnswerInput, StartQuizInput } from "@/lib/validation/quiz";

describe("start quiz input", () => {
  it("asks ten questions unless told otherwise", () => {
    expect(StartQuizInput.parse({ deckId: "deck-1" })).toEqual({ deckId: "deck-1", size: 10 });
    expect(StartQuizInput.parse({ deckId: "deck-1", size: "", assignmentId: "" })).toMatchObject({ size: 10, assignmentId: undefined });
    expect(StartQuizInput.parse({ deckId: "deck-1", size: "25", assignmentId: "a-1" })).toEqual({ deckId: "deck-1", size: 25, assignmentId: "a-1" });
  });

  it("keeps a quiz between 5 and 30 questions", () => {
    expect(StartQuizInput.safeParse({ deckId: "d", size: "4" }).error?.issues[0]?.message).toBe("Ask at least 5 questions.");
    expect(StartQuizInput.safeParse({ deckId: "d", size: 31 }).error?.issues[0]?.message).toBe("Ask at most 30 questions.");
    expect(StartQuizInput.safeParse({ deckId: "d", size: "7.5" }).success).toBe(false);
  });

  it("needs a deck", () => {
    expect(StartQuizInput.safeParse({ deckId: " " }).error?.issues[0]).toMatchObject({ path: ["deckId"], message: "Choose a deck." });
  });
});

describe("answer input", () => {
  it("takes a text or a list of pairs", () => {
    expect(AnswerInput.safeParse({ attemptId: "a", quizItemId: "q", response: "Pretraining", durationMs: 1200 }).success).toBe(true);
    expect(AnswerInput.safeParse({ attemptId: "a", quizItemId: "q", response: [["GPT", "decoder-only"]] }).success).toBe(true);
    expect(AnswerInput.safeParse({ attemptId: "a", quizItemId: "q", response: [["GPT"]] }).success).toBe(false);
    expect(AnswerInput.safeParse({ attemptId: "a", quizItemId: "q", response: 3 }).success).toBe(false);
    expect(AnswerInput.safeParse({ attemptId: "a", quizItemId: "q", response: "x", durationMs: -1 }).success).toBe(false);
  });
});
