"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { answerQuestionAction, finishQuizAction, loadQuizProgressAction, overruleAnswerAction } from "@/lib/actions/quiz-actions";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { ChoiceQuestion, choiceKeys } from "@/components/quiz/choice-question";
import { MatchingQuestion } from "@/components/quiz/matching-question";
import type { QuizFeedbackView, QuizQuestionView, QuizResponse, QuizResultView } from "@/components/quiz/quiz-types";
import { QuizSummary } from "@/components/quiz/quiz-summary";
import { TypedQuestion } from "@/components/quiz/typed-question";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { ProgressBar } from "@/components/ui/progress-bar";

type Props = {
  attemptId: string;
  deckId: string;
  deckTitle: string;
  questions: QuizQuestionView[];
  initialAnswers: QuizFeedbackView[];
  initialIndex: number;
  initialResult: QuizResultView | null;
};

const OFFLINE = "The server could not be reached. Check your connection and try again; your earlier answers are saved.";

const byItem = (answers: QuizFeedbackView[]) => Object.fromEntries(answers.map((answer) => [answer.quizItemId, answer]));

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target instanceof HTMLInputElement && target.type !== "radio";
}

export function QuizRunner({ attemptId, deckId, deckTitle, questions, initialAnswers, initialIndex, initialResult }: Props) {
  const [answers, setAnswers] = useState<Record<string, QuizFeedbackView>>(() => byItem(initialAnswers));
  const [index, setIndex] = useState(initialIndex);
  const [result, setResult] = useState<QuizResultView | null>(initialResult);
  const [selected, setSelected] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [matches, setMatches] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [overruling, setOverruling] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const busy = useRef(false);
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  const total = questions.length;
  const current = index < total ? (questions[index] ?? null) : null;
  const feedback = current ? answers[current.quizItemId] : undefined;
  const answeredCount = questions.filter((question) => answers[question.quizItemId]).length;
  const currentId = current?.quizItemId;
  const hasFeedback = Boolean(feedback);

  // Time on a question counts from when it is shown; focus goes where the next key press belongs.
  useEffect(() => {
    shownAt.current = Date.now();
  }, [currentId]);
  useEffect(() => {
    if (hasFeedback) nextRef.current?.focus();
    else if (current?.kind === "typed") inputRef.current?.focus();
    else headingRef.current?.focus();
  }, [currentId, hasFeedback, current?.kind]);

  /** After a failed save, asks the server what it holds: the answer may have landed before the reply was lost. */
  const catchUp = useCallback(async () => {
    const progress = await loadQuizProgressAction(attemptId).catch(() => null);
    if (progress?.ok) {
      setAnswers(byItem(progress.answers));
      if (progress.result) setResult(progress.result);
    }
  }, [attemptId]);

  const submit = useCallback(
    async (response: QuizResponse) => {
      if (!current || feedback || busy.current) return;
      busy.current = true;
      setPending(true);
      setMessage(null);
      try {
        const durationMs = Math.min(Date.now() - shownAt.current, 3_600_000);
        const outcome = await answerQuestionAction({ attemptId, quizItemId: current.quizItemId, response, durationMs });
        if (outcome.ok) setAnswers((list) => ({ ...list, [outcome.feedback.quizItemId]: outcome.feedback }));
        else {
          setMessage(outcome.fieldErrors?.response?.[0] ?? outcome.message);
          await catchUp();
        }
      } catch {
        setMessage(OFFLINE);
        await catchUp();
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [attemptId, current, feedback, catchUp],
  );

  const submitDraft = useCallback(() => {
    if (!current) return;
    if (current.kind === "typed") {
      if (typed.trim()) void submit(typed);
    } else if (current.kind === "matching") {
      const left = current.matching?.left ?? [];
      if (left.every((term) => matches[term])) void submit(left.map((term) => [term, matches[term] ?? ""]));
    } else if (selected !== null) void submit(selected);
  }, [current, typed, matches, selected, submit]);

  const finish = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setMessage(null);
    try {
      const outcome = await finishQuizAction(attemptId);
      if (outcome.ok) setResult(outcome.result);
      else setMessage(outcome.message);
    } catch {
      setMessage(OFFLINE);
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [attemptId]);

  const goNext = useCallback(() => {
    setIndex((value) => Math.min(value + 1, total));
    setSelected(null);
    setTyped("");
    setMatches({});
    setMessage(null);
  }, [total]);

  /** Next question, or after the last one straight to the results. */
  const advance = useCallback(() => {
    const last = index + 1 >= total;
    goNext();
    if (last) void finish();
  }, [index, total, goNext, finish]);

  const overrule = useCallback(async () => {
    if (!current || overruling) return;
    setOverruling(true);
    setMessage(null);
    try {
      const outcome = await overruleAnswerAction({ attemptId, quizItemId: current.quizItemId });
      if (outcome.ok) setAnswers((list) => ({ ...list, [outcome.feedback.quizItemId]: outcome.feedback }));
      else {
        setMessage(outcome.message);
        await catchUp();
      }
    } catch {
      setMessage(OFFLINE);
    } finally {
      setOverruling(false);
    }
  }, [attemptId, current, overruling, catchUp]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      if (!current) return;
      if (feedback) {
        if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)) {
          event.preventDefault();
          advance();
        }
        return;
      }
      if (current.kind !== "multiple_choice" && current.kind !== "true_false") return;
      if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)) {
        event.preventDefault();
        submitDraft();
        return;
      }
      const position = choiceKeys(current).indexOf(event.key.toUpperCase());
      const choice = position >= 0 ? current.choices[position] : undefined;
      if (choice !== undefined) {
        event.preventDefault();
        setSelected(choice);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, feedback, advance, submitDraft]);

  if (result) return <QuizSummary result={result} deckId={deckId} deckTitle={deckTitle} />;

  const keysHint =
    current?.kind === "multiple_choice" ? (
      <>
        <kbd>1</kbd>–<kbd>{Math.min(current.choices.length, 9)}</kbd> choose · <kbd>Enter</kbd> check
      </>
    ) : current?.kind === "true_false" ? (
      <>
        <kbd>T</kbd> / <kbd>F</kbd> choose · <kbd>Enter</kbd> check
      </>
    ) : current?.kind === "typed" ? (
      <>
        <kbd>Enter</kbd> check
      </>
    ) : null;

  const ready =
    current?.kind === "typed"
      ? typed.trim() !== ""
      : current?.kind === "matching"
        ? (current.matching?.left ?? []).every((term) => matches[term])
        : selected !== null;

  return (
    <div className="mx-auto max-w-2xl">
      <div className="mb-4 flex items-center justify-between gap-4 text-sm text-stone-600">
        <span>{deckTitle}</span>
        <span aria-live="polite" data-testid="quiz-progress">
          {current ? `${index + 1} of ${total}` : `${answeredCount} of ${total} answered`}
        </span>
      </div>
      <ProgressBar value={answeredCount} max={Math.max(total, 1)} label="Quiz progress" />

      {current ? (
        <article aria-labelledby="quiz-question" className="mt-6 rounded-2xl border border-stone-200 bg-white shadow-sm">
          <div className="flex items-center justify-between border-b border-stone-100 px-6 py-3 text-xs text-stone-500">
            <span>{current.section}</span>
            <span className="rounded-full bg-stone-100 px-2 py-0.5">{current.kind.replace("_", " ")}</span>
          </div>
          <form
            className="space-y-5 px-6 py-6"
            onSubmit={(event) => {
              event.preventDefault();
              submitDraft();
            }}
          >
            <h2 id="quiz-question" ref={headingRef} tabIndex={-1} className="text-xl font-medium leading-relaxed text-stone-900 focus:outline-none">
              <span className="sr-only">
                Question {index + 1} of {total}:{" "}
              </span>
              {current.prompt}
            </h2>
            {current.kind === "typed" ? (
              <TypedQuestion id={`answer-${current.quizItemId}`} value={typed} onChange={setTyped} disabled={pending || Boolean(feedback)} inputRef={inputRef} />
            ) : current.kind === "matching" ? (
              <MatchingQuestion question={current} value={matches} onChange={(left, right) => setMatches((value) => ({ ...value, [left]: right }))} disabled={pending || Boolean(feedback)} />
            ) : (
              <ChoiceQuestion question={current} selected={feedback ? (typeof feedback.response === "string" ? feedback.response : null) : selected} onSelect={setSelected} disabled={pending || Boolean(feedback)} />
            )}
            <FormMessage message={message} />
            {!feedback && (
              <div className="flex flex-wrap gap-3">
                <Button type="submit" size="lg" disabled={pending || !ready}>
                  {pending ? "Checking…" : "Check answer"}
                </Button>
                {current.kind === "typed" && (
                  <Button variant="ghost" size="lg" disabled={pending} onClick={() => void submit("")}>
                    I don&apos;t know
                  </Button>
                )}
              </div>
            )}
          </form>
          {feedback && (
            <div className="border-t border-stone-100 px-6 py-5">
              <AnswerFeedback feedback={feedback} onOverrule={() => void overrule()} overruling={overruling}>
                <Button ref={nextRef} size="lg" onClick={advance} aria-keyshortcuts="Enter">
                  {index + 1 < total ? "Next question" : "See your results"}
                </Button>
              </AnswerFeedback>
            </div>
          )}
        </article>
      ) : (
        <section aria-labelledby="quiz-done" className="mt-6 rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm">
          <h2 id="quiz-done" className="text-xl font-semibold text-stone-900">
            All questions answered
          </h2>
          <p className="mt-2 text-stone-600">See your score, your time and what to go over.</p>
          <FormMessage message={message} />
          <Button size="lg" className="mt-4" onClick={() => void finish()} disabled={pending} autoFocus>
            {pending ? "Working…" : "See your results"}
          </Button>
        </section>
      )}
      {keysHint && <p className="mt-6 text-center text-xs text-stone-500">Keys: {keysHint} · after the answer, <kbd>Enter</kbd> next</p>}
    </div>
  );
}
