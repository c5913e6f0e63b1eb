import { expect, test } from "@playwright/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a learner adds a library deck and reviews it with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Kay Board");
  await page.getByLabel("Email").fill(`keys-${unique()}@example.com`);
  await page.getByLabel("Password").fill("copper kettle rides");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/today$/);

  await page.goto("/library");
  const firstDeck = page.getByRole("button", { name: /^Add .+ to my studies$/ }).first();
  await firstDeck.click();
  await expect(page.getByRole("button", { name: /^Remove .+ from my studies$/ }).first()).toBeVisible();

  await page.goto("/today");
  await expect(page.getByTestId("new-count")).toHaveText("20");
  await page.getByRole("link", { name: "Start today's review" }).click();
  await expect(page.getByTestId("card-front")).toBeVisible();

  const firstFront = await page.getByTestId("card-front").textContent();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good, next review in \d+(m|h|d)$/ })).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.getByTestId("card-front")).not.toHaveText(firstFront ?? "");
  await expect(page.getByText("1 done")).toBeVisible();

  await page.keyboard.press("Enter");
  await page.keyboard.press("1");
  await expect(page.getByText("2 done")).toBeVisible();
  await expect(page.getByText("All grades saved")).toBeVisible();

  // Undo puts the last card back exactly where it was.
  await page.keyboard.press("z");
  await expect(page.getByText("1 done")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();

  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(page.getByText("2 done")).toBeVisible();
  await expect(page.getByText("All grades saved")).toBeVisible();

  // The grades are in the database: the home page now shows fewer new cards.
  await page.goto("/today");
  await expect(page.getByTestId("new-count")).toHaveText("18");
});

test("the review API explains bad input and refuses guests and strangers' cards", async ({ page, request }) => {
  const guest = await request.post("/api/review", { data: { cardId: "x", grade: 3, reviewId: "abcdefgh", version: 0 } });
  expect(guest.status()).toBe(401);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("learner@groundwork.test");
  await page.getByLabel("Password").fill("groundwork-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/today$/);
  const api = page.request;

  const bad = await api.post("/api/review", { data: { cardId: "x", grade: 7, reviewId: "abcdefgh", version: 0 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/grade: must be 1 \(Again\), 2 \(Hard\), 3 \(Good\) or 4 \(Easy\)/);

  const malformed = await api.post("/api/review", { headers: { "Content-Type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(400);

  const unknown = await api.post("/api/review", { data: { cardId: "not-a-card-of-mine", grade: 3, reviewId: "abcdefgh-1", version: 0 } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toBe("That card is not in your studies.");

  const queue = await api.get("/api/review/queue?limit=0");
  expect(queue.status()).toBe(400);
});
