import { describe, expect, it } from "vitest";
import { readAnswer, readChoices, readMatching } from "@/lib/quiz/item-shape";
import { markQuizAnswer } from "@/lib/quiz/mark-answer";

const pairs: [string, string][] = [
  ["GPT", "decoder-only"],
  ["BERT", "encoder-only"],
  ["T5", "encoder-decoder"],
];

describe("marking a quiz answer", () => {
  it("a typed answer forgives case, punctuation, an article and one small typo", () => {
    expect(markQuizAnswer("typed", "Transformer architecture", "the transformer architecure!")).toBe(true);
    expect(markQuizAnswer("typed", "Transformer architecture", "transformer")).toBe(false);
    expect(markQuizAnswer("typed", "Transformer architecture", "")).toBe(false);
  });

  it("multiple choice must be the right option exactly", () => {
    expect(markQuizAnswer("multiple_choice", "Pretraining", "Pretraining")).toBe(true);
    expect(markQuizAnswer("multiple_choice", "Pretraining", "pretrainin")).toBe(false);
    expect(markQuizAnswer("multiple_choice", "Pretraining", "Fine-tuning")).toBe(false);
  });

  it("true/false reads True, true and T alike", () => {
    for (const response of ["True", "true", "T", " t "]) expect(markQuizAnswer("true_false", "true", response)).toBe(true);
    expect(markQuizAnswer("true_false", "True", "False")).toBe(false);
    expect(markQuizAnswer("true_false", "false", "F")).toBe(true);
  });

  it("matching needs every pair right, in any order", () => {
    expect(markQuizAnswer("matching", pairs, [["T5", "encoder-decoder"], ["GPT", "decoder-only"], ["BERT", "encoder-only"]])).toBe(true);
    expect(markQuizAnswer("matching", pairs, [["GPT", "decoder-only"], ["BERT", "encoder-only"]])).toBe(false);
    expect(markQuizAnswer("matching", pairs, [["GPT", "decoder-only"], ["BERT", "encoder-decoder"], ["T5", "encoder-only"]])).toBe(false);
    expect(markQuizAnswer("matching", pairs, [["GPT", "decoder-only"], ["GPT", "decoder-only"], ["BERT", "encoder-only"]])).toBe(false);
  });

  it("a response of the wrong shape is wrong", () => {
    expect(markQuizAnswer("matching", pairs, "GPT")).toBe(false);
    expect(markQuizAnswer("typed", "Transformer", [["a", "b"]])).toBe(false);
  });
});

describe("reading stored quiz items", () => {
  it("true/false without stored options offers True and False, and answers in their words", () => {
    const choices = readChoices("true_false", null);
    expect(choices).toEqual(["True", "False"]);
    expect(readAnswer("true_false", "false", choices)).toBe("False");
    expect(readAnswer("true_false", true, choices)).toBe("True");
  });

  it("matching keeps the terms in order and sorts the matches so they do not give the pairs away", () => {
    expect(readMatching({ left: ["GPT", "BERT", "T5"], right: ["decoder-only", "encoder-only", "encoder-decoder"] }, pairs)).toEqual({
      left: ["GPT", "BERT", "T5"],
      right: ["decoder-only", "encoder-decoder", "encoder-only"],
    });
    expect(readMatching(null, pairs).left).toEqual(["GPT", "BERT", "T5"]);
  });
});
