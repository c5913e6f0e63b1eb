import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// Every account in this file works in UTC (the demo teacher's zone), so "a week ahead" is the same calendar day for all.
const TIME_ZONE = "UTC";

const article = (title: string) => `# ${title}

Sourdough bread rises without packaged yeast because a living culture does the work.

## The starter

**A sourdough starter** is a fermented mixture of flour and water that contains wild yeast and lactic acid bacteria.

A healthy starter doubles in size within eight hours of feeding.

## What you need

Every loaf needs only a few ingredients:

- Bread flour for structure
- Water for hydration
- Salt for flavour
- Active starter for rise

## Baking day

The dough proves slowly overnight in the fridge, which develops a tangy flavour.

A hot Dutch oven traps steam so the crust turns crisp and glossy.
`;

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ timezoneId: TIME_ZONE, locale: "en-GB" });
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/today$/);
}

async function signUp(page: Page, name: string, role: "learner" | "teacher"): Promise<string> {
  const email = `${role}-${unique()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("copper kettle rides");
  await page.getByLabel(role === "teacher" ? "A teacher" : "A learner").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/today$/);
  return email;
}

/** A panel of the page, found by its heading. */
function panel(page: Page, title: string | RegExp) {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: typeof title === "string" }) });
}

/** YYYY-MM-DD a number of days from now, in UTC. */
function dateKeyInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a teacher assigns their own deck, a new learner studies it, and the dashboard shows who struggled", async ({ browser }) => {
  const run = unique();
  const deckTitle = `Sourdough basics ${run}`;
  const className = `Baking 101 ${run}`;
  const learnerName = `Lou Learner ${run}`;

  const teacherContext = await newContext(browser);
  const learnerContext = await newContext(browser);
  const strangerContext = await newContext(browser);
  const teacher = await teacherContext.newPage();
  const learner = await learnerContext.newPage();
  const stranger = await strangerContext.newPage();

  // The teacher turns a pasted article into a published deck.
  await signIn(teacher, "teacher@groundwork.test", "groundwork-demo");
  await teacher.goto("/documents/new");
  await teacher.getByLabel("Title (optional)").fill(deckTitle);
  await teacher.getByLabel("…or paste the text").fill(article(deckTitle));
  await teacher.getByRole("button", { name: "Generate cards" }).click();
  const generated = teacher.getByRole("region", { name: "Generated deck" });
  await expect(generated.getByRole("heading", { name: deckTitle })).toBeVisible();
  await expect(generated.getByText(/\d+ cards and \d+ quiz questions/)).toBeVisible();
  // The bold term became a definition card and the bullet list a list card.
  await expect(generated.getByText(/^\d+\. definition · .*The starter$/)).toBeVisible();
  await expect(generated.getByText(/^\d+\. list · .*What you need$/)).toBeVisible();
  await expect(generated.getByRole("textbox", { name: /^Question of card \d+$/ }).filter({ hasText: "What is a sourdough starter?" })).toHaveCount(1);
  await expect(generated.getByRole("textbox", { name: /^Answer of card \d+$/ }).filter({ hasText: "Bread flour for structure" })).toHaveCount(1);
  await teacher.getByRole("button", { name: "Publish deck" }).click();
  await expect(teacher).toHaveURL(/\/documents\/[^/]+$/);
  await expect(teacher.getByText("Published: learners can find this deck in the library.")).toBeVisible();
  const cardCount = Number((await teacher.getByText(/^\d+ cards · \d+ quiz questions · published$/).textContent())?.match(/^(\d+) cards/)?.[1]);
  expect(cardCount).toBeGreaterThanOrEqual(3);

  // A class with a join code.
  await teacher.goto("/classes");
  await teacher.getByLabel("Class name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher).toHaveURL(/\/classes\/[^/]+$/);
  await expect(teacher.getByRole("heading", { name: className })).toBeVisible();
  const classUrl = teacher.url();
  const joinCode = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(joinCode).toMatch(/^[A-Z0-9]{6,10}$/);
  await expect(teacher.getByLabel("Join link")).toHaveValue(new RegExp(`/join\\?code=${joinCode}$`));

  // Assign the new deck, due a week from today, with a recall goal.
  const dueDate = dateKeyInDays(7);
  const assign = panel(teacher, "Assign a deck");
  const deckOption = assign.locator("option", { hasText: deckTitle });
  await expect(deckOption).toHaveText(`${deckTitle} (${cardCount} cards)`);
  await assign.getByLabel("Deck").selectOption((await deckOption.getAttribute("value")) ?? "");
  await assign.getByLabel("Due date").fill(dueDate);
  await assign.getByLabel("Target recall (optional, %)").fill("85");
  await assign.getByRole("button", { name: "Assign deck" }).click();
  await expect(assign.getByText("Assigned: it is in every student's studies now.")).toBeVisible();
  const dueOnClassPage = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, dateStyle: "medium" }).format(new Date(`${dueDate}T12:00:00Z`));
  await expect(teacher.getByText(`${cardCount} cards · due ${dueOnClassPage} · target recall 85%`)).toBeVisible();
  const resultsLink = teacher.getByRole("link", { name: `Results for ${deckTitle}` });
  await expect(resultsLink).toBeVisible();
  const dashboardPath = (await resultsLink.getAttribute("href")) ?? "";
  expect(dashboardPath).toMatch(/^\/classes\/[^/]+\/assignments\/[^/]+$/);

  // A brand-new learner joins with the code and finds the assignment on their home page.
  await signUp(learner, learnerName, "learner");
  await learner.goto("/join");
  await learner.getByLabel("Class code").fill(joinCode.toLowerCase());
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner).toHaveURL(/\/today$/);
  const assignments = panel(learner, "Assignments");
  const dueOnToday = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: TIME_ZONE }).format(new Date(`${dueDate}T12:00:00Z`));
  const assignment = assignments.getByRole("listitem").filter({ hasText: deckTitle });
  await expect(assignment).toBeVisible();
  await expect(assignment).toContainText(className);
  await expect(assignment).toContainText(new RegExp(`Due ${dueOnToday} · \\d+ days left`));
  await expect(assignment).toContainText(`0 of ${cardCount} cards started (0%)`);

  // Review three cards with the keyboard alone: Good, Again, Good.
  await assignment.getByRole("link", { name: deckTitle }).click();
  await expect(learner).toHaveURL(/\/review\?deck=/);
  const front = learner.getByTestId("card-front");
  const back = learner.getByTestId("card-back");
  await expect(front).toBeVisible();
  const fronts: string[] = [];
  for (const [index, grade] of (["3", "1", "3"] as const).entries()) {
    const shown = (await front.textContent()) ?? "";
    expect(fronts).not.toContain(shown);
    fronts.push(shown);
    // The first key press may come before the page has hydrated: press Space until the answer shows.
    await expect(async () => {
      if (!(await back.isVisible())) await learner.keyboard.press("Space");
      await expect(back).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await learner.keyboard.press(grade);
    await expect(learner.getByText(`${index + 1} done`)).toBeVisible();
    await expect(back).toBeHidden();
  }
  await expect(learner.getByText("All grades saved")).toBeVisible();
  const failedFront = fronts[1] ?? "";

  await learner.goto("/today");
  await expect(assignment).toContainText(`3 of ${cardCount} cards started (${Math.floor((3 / cardCount) * 100)}%)`);

  // The teacher sees the new student on the class page.
  await teacher.goto(classUrl);
  await expect(teacher.getByText("1 student", { exact: true })).toBeVisible();
  await expect(panel(teacher, "Students").getByText(learnerName, { exact: true })).toBeVisible();

  // The teacher's dashboard: the learner's row with three cards started, and the failed card among the hardest.
  await teacher.goto(dashboardPath);
  await expect(teacher.getByRole("heading", { name: deckTitle })).toBeVisible();
  const row = teacher.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: learnerName }) });
  await expect(row).toContainText(`3/${cardCount}`);
  await expect(row.getByRole("progressbar", { name: `${learnerName}: 3 of ${cardCount} cards started` })).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toHaveText("3"); // Reviews (7 days)
  const hardest = panel(teacher, /^Hardest cards/).getByRole("listitem");
  await expect(hardest.first()).toContainText(failedFront);
  await expect(hardest.first()).toContainText("1 of 1 forgotten");
  await expect(hardest.first()).toContainText("100%");
  await expect(hardest.filter({ hasText: fronts[0] ?? "" })).toContainText("0 of 1 forgotten");

  // The CSV export downloads a file with the learner's row.
  const downloading = teacher.waitForEvent("download");
  await teacher.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^Name,Email,Cards started,Total cards/);
  const learnerLine = lines.find((line) => line.startsWith(`${learnerName},`));
  expect(learnerLine, csv).toBeDefined();
  expect(learnerLine).toContain(`,3,${cardCount},3,`);

  // Another teacher cannot see the class, its dashboard or its export.
  await signUp(stranger, `Other Teacher ${run}`, "teacher");
  await stranger.goto(classUrl);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(stranger.getByText(className)).toHaveCount(0);
  await expect(stranger.getByText(joinCode)).toHaveCount(0);
  await stranger.goto(dashboardPath);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(stranger.getByText(learnerName)).toHaveCount(0);
  const exportResponse = await stranger.request.get(`/api${dashboardPath}/export`);
  expect(exportResponse.status()).toBe(404);
  expect(await exportResponse.text()).not.toContain(learnerName);

  await Promise.all([teacherContext.close(), learnerContext.close(), strangerContext.close()]);
});
