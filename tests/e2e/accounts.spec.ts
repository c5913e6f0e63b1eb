import { expect, test, type Page } from "@playwright/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signUp(page: Page, role: "learner" | "teacher") {
  const email = `${role}-${unique()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(role === "teacher" ? "Tess Teacher" : "Lee Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("copper kettle rides");
  await page.getByLabel(role === "teacher" ? "A teacher" : "A learner").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/today$/);
  return email;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a learner signs up, signs out and signs back in", async ({ page }) => {
  const email = await signUp(page, "learner");
  await expect(page.getByRole("heading", { name: "Hello, Lee" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Join a class" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Start learning free" })).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, "copper kettle rides");
  await expect(page).toHaveURL(/\/today$/);
});

test("a teacher signs up and sees the teaching pages in the navigation", async ({ page }) => {
  await signUp(page, "teacher");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Documents" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Classes" })).toBeVisible();
});

test("sign-up refuses a common password with a message next to the field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Pat");
  await page.getByLabel("Email").fill(`pat-${unique()}@example.com`);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#field-password-error")).toHaveText(/most common/);
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a sign-in returns to the page that asked for it", async ({ page }) => {
  await page.goto("/library");
  await expect(page).toHaveURL(/callbackUrl=%2Flibrary/);
  await page.getByLabel("Email").fill("learner@groundwork.test");
  await page.getByLabel("Password").fill("groundwork-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/library$/);
});

test("wrong passwords lock the account out with a countdown", async ({ page }) => {
  const email = await signUp(page, "learner");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Start learning free" })).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(page.locator("#main").getByRole("alert")).toContainText("do not match");
  }
  await signIn(page, email, "copper kettle rides");
  await expect(page.locator("#main").getByRole("alert")).toContainText(/Too many attempts\. Try again in \d+ seconds\./);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in API answers 429 once locked out", async ({ request }) => {
  const email = `api-${unique()}@example.com`;
  const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  let status = 0;
  for (let i = 0; i < 6; i++) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email, password: "nope nope nope", csrfToken: await csrf(), json: "true" },
    });
    status = response.status();
  }
  expect(status).toBe(429);
});
