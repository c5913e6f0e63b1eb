import { expect, test } from "@playwright/test";

test("the landing page says what Groundwork is and links to sign-up", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Remember what you read");
  await expect(page.getByRole("link", { name: "Start learning free" })).toHaveAttribute("href", "/sign-up");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Create account" })).toBeVisible();
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("a guest asking for a study page is sent to sign-in with a way back", async ({ page }) => {
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
