import { expect, test, type Locator, type Page } from "@playwright/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// This built-in deck yields all four kinds of question (multiple choice, true/false, typed, matching)
// and has fewer questions than the largest quiz, so the largest quiz asks every one of them.
const DECK = "Risks and Responsibility in Foundation Models";
const KINDS = ["multiple choice", "true false", "typed", "matching"] as const;
type Kind = (typeof KINDS)[number];

async function signUpLearner(page: Page) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Quinn Quiz");
  await page.getByLabel("Email").fill(`quiz-${unique()}@example.com`);
  await page.getByLabel("Password").fill("copper kettle rides");
  await page.getByLabel("A learner").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/today$/);
}

/** "3 of 19" → [3, 19]. */
async function progressOf(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId("quiz-progress").textContent()) ?? "";
  const match = text.match(/^(\d+) of (\d+)$/);
  expect(match, `quiz progress "${text}"`).not.toBeNull();
  return [Number(match?.[1]), Number(match?.[2])];
}

/** The kind of the question on screen, from what the page shows: a text box, drop-downs, or True/False or numbered options. */
async function kindOf(question: Locator): Promise<Kind> {
  const badge = ((await question.locator("span.rounded-full").first().textContent()) ?? "").trim();
  const form = question.locator("form");
  let seen: Kind;
  if ((await form.getByLabel("Your answer").count()) > 0) seen = "typed";
  else if ((await form.getByRole("combobox").count()) > 0) seen = "matching";
  else if ((await form.getByRole("radio").count()) === 2 && (await form.getByRole("radio", { name: "True" }).count()) === 1) seen = "true false";
  else seen = "multiple choice";
  expect(badge, "the kind badge agrees with the controls").toBe(seen);
  return seen;
}

test("a learner takes the largest quiz on a library deck, answering every kind of question", async ({ page }) => {
  test.setTimeout(180_000);
  await signUpLearner(page);

  await page.goto("/library");
  await page.getByRole("button", { name: `Add ${DECK} to my studies` }).click();
  await expect(page.getByRole("button", { name: `Remove ${DECK} from my studies` })).toBeVisible();

  await page.goto("/quiz");
  await expect(page.getByText("Quizzes you take will be listed here with their scores.")).toBeVisible();
  const deckSelect = page.getByLabel("Deck");
  const deckOption = deckSelect.locator("option", { hasText: DECK });
  const optionText = (await deckOption.textContent()) ?? "";
  const questionCount = Number(optionText.match(/\((\d+) questions?\)$/)?.[1]);
  expect(questionCount).toBeGreaterThan(4);
  await deckSelect.selectOption((await deckOption.getAttribute("value")) ?? "");
  const sizeSelect = page.getByLabel("Number of questions");
  const sizes = (await sizeSelect.locator("option").allTextContents()).map(Number);
  const largest = Math.max(...sizes);
  expect(largest).toBeGreaterThanOrEqual(questionCount);
  await sizeSelect.selectOption(String(largest));
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[^/?]+$/);
  const quizUrl = page.url();

  const question = page.getByRole("article");
  const feedback = page.getByRole("region", { name: "Feedback" });
  const verdict = feedback.getByRole("status");
  const check = page.getByRole("button", { name: "Check answer" });

  const [, total] = await progressOf(page);
  expect(total).toBe(questionCount);

  const seenKinds = new Set<Kind>();
  let expectedScore = 0;
  let overruled = false;
  let reloaded = false;

  for (let number = 1; number <= total; number++) {
    await expect(page.getByTestId("quiz-progress")).toHaveText(`${number} of ${total}`);
    await expect(question.getByRole("heading", { name: `Question ${number} of ${total}:`, exact: false })).toBeVisible();

    // Once, part-way through: reload and carry on from the same question.
    if (!reloaded && number === 4) {
      const prompt = (await question.getByRole("heading").textContent()) ?? "";
      await page.reload();
      await expect(page).toHaveURL(quizUrl);
      await expect(page.getByTestId("quiz-progress")).toHaveText(`${number} of ${total}`);
      await expect(question.getByRole("heading")).toHaveText(prompt);
      reloaded = true;
    }

    const kind = await kindOf(question);
    seenKinds.add(kind);
    const wantRight = number % 2 === 0; // alternate: a good guess on even questions, a poor one on odd ones

    if (kind === "multiple choice") {
      const choices = question.getByRole("radio");
      const count = await choices.count();
      expect(count).toBeGreaterThanOrEqual(2);
      const position = number % Math.min(count, 9);
      // The number keys pick an option (pressing again is harmless, so repeat until the page has hydrated).
      await expect(async () => {
        await page.keyboard.press(String(position + 1));
        await expect(choices.nth(position)).toBeChecked({ timeout: 1_000 });
      }).toPass();
      await page.keyboard.press("Enter");
    } else if (kind === "true false") {
      const key = wantRight ? "T" : "F";
      const choice = question.getByRole("radio", { name: key === "T" ? "True" : "False" });
      await expect(async () => {
        await page.keyboard.press(key.toLowerCase());
        await expect(choice).toBeChecked({ timeout: 1_000 });
      }).toPass();
      await page.keyboard.press("Enter");
    } else if (kind === "typed") {
      const input = question.getByLabel("Your answer");
      await expect(input).toBeFocused();
      await expect(async () => {
        await input.fill("a guess that is surely wrong");
        await expect(check).toBeEnabled({ timeout: 1_000 });
      }).toPass();
      await input.press("Enter");
    } else {
      const selects = question.getByRole("combobox");
      const count = await selects.count();
      expect(count).toBeGreaterThanOrEqual(2);
      const matches = (await selects.first().locator("option").allTextContents()).filter((text) => text !== "Choose a match…");
      expect(matches).toHaveLength(count);
      await expect(async () => {
        for (let index = 0; index < count; index++) {
          await selects.nth(index).selectOption(matches[(index + (wantRight ? 0 : 1)) % count] ?? "");
        }
        await expect(check).toBeEnabled({ timeout: 1_000 });
      }).toPass();
      await check.click();
    }

    // Feedback: the verdict, the right answer, and where it comes from.
    await expect(verdict).toHaveText(/^(Right|Not quite)$/);
    const right = (await verdict.textContent()) === "Right";
    await expect(feedback.getByText("Your answer", { exact: true })).toBeVisible();
    if (!right || kind === "typed") {
      await expect(feedback.getByTestId("correct-answer")).toBeVisible();
      await expect(feedback.getByTestId("correct-answer")).not.toHaveText("");
    }
    await expect(feedback.locator("blockquote")).not.toHaveText("");
    await expect(feedback.getByRole("link", { name: /Read the source/ })).toHaveAttribute("href", /^\/cards\/[^/]+\/source$/);
    if (right) expectedScore++;

    // One wrong typed answer is overruled with "I was right".
    let overruledNow = false;
    if (kind === "typed" && !right && !overruled) {
      await feedback.getByRole("button", { name: "I was right" }).click();
      await expect(verdict).toHaveText("Counted as right");
      await expect(feedback.getByRole("button", { name: "I was right" })).toHaveCount(0);
      expectedScore++;
      overruled = true;
      overruledNow = true;
    } else if (kind === "typed" && !right) {
      await expect(feedback.getByRole("button", { name: "I was right" })).toBeVisible();
    }

    // Enter goes on: to the next question, or after the last one to the results.
    const next = feedback.getByRole("button", { name: number < total ? "Next question" : "See your results" });
    await expect(next).toBeVisible();
    // Focus moves to the button on its own; only after "I was right" (which goes away) does it need a hand.
    if (overruledNow) await next.focus();
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
  }

  test.info().annotations.push({ type: "score", description: `${expectedScore} of ${total} (one typed answer overruled)` });
  expect([...seenKinds].sort()).toEqual([...KINDS].sort());
  expect(overruled).toBe(true);
  expect(reloaded).toBe(true);

  const summary = page.getByRole("region", { name: "Quiz complete" });
  await expect(summary).toBeVisible();
  await expect(page.getByTestId("quiz-score")).toHaveText(`${expectedScore} of ${total}`);
  await expect(summary.getByText("Time")).toBeVisible();
  await expect(summary.locator("dd").nth(2)).toHaveText(/^(\d+s|\d+m \d{2}s)$/);
  await expect(summary.locator("dd").nth(1)).toHaveText(`${Math.round((expectedScore / total) * 100)}%`);
  if (expectedScore < total) await expect(summary.getByRole("heading", { name: "To review" })).toBeVisible();

  await summary.getByRole("link", { name: "All quizzes" }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  const history = page.getByRole("table", { name: "Your quizzes" });
  const row = history.getByRole("row").filter({ has: page.getByRole("rowheader", { name: DECK }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${expectedScore} of ${total}`);
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^(\d+s|\d+m \d{2}s)$/);
  await expect(row.getByRole("link", { name: `Results ${DECK} quiz` })).toHaveAttribute("href", new URL(quizUrl).pathname);
});
