import type { QuizAnswerValue, QuizResponse } from "@/lib/quiz/item-shape";

export type { QuizAnswerValue, QuizResponse };

export type QuizKindName = "typed" | "multiple_choice" | "true_false" | "matching";

export type QuizQuestionView = {
  quizItemId: string;
  kind: QuizKindName;
  prompt: string;
  section: string;
  choices: string[];
  matching: { left: string[]; right: string[] } | null;
};

export type QuizFeedbackView = {
  quizItemId: string;
  kind: QuizKindName;
  response: QuizResponse;
  correct: boolean;
  overruled: boolean;
  canOverrule: boolean;
  correctAnswer: QuizAnswerValue;
  explanation: string | null;
  source: { section: string; excerpt: string };
  cardId: string | null;
};

export type QuizResultView = {
  score: number;
  total: number;
  answered: number;
  durationMs: number;
  toReview: { quizItemId: string; prompt: string; correctAnswer: QuizAnswerValue; section: string; cardId: string | null }[];
};
