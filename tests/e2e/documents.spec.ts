import { expect, test, type Page } from "@playwright/test";

const article = `# Tide pools

Tide pools are rocky pockets of seawater left behind on the shore when the tide goes out.

<script>window.__pwned = "script";</script>
<img src="x" onerror="window.__pwned = 'onerror'">

## Who lives there?

**Sea anemones** are soft-bodied predators that sting small fish with their tentacles.

**Hermit crabs** are crustaceans that protect their soft abdomen inside empty snail shells.

**Periwinkles** are small sea snails that graze on algae growing on the rocks.

## Why do tide pools matter?

Tide pools matter because they let scientists study how animals survive sudden changes in temperature and salinity.
`;

async function signInAs(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("groundwork-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/today$/);
}

test("a teacher pastes a document, fixes a card, publishes it, and raw HTML stays inert", async ({ page }) => {
  await signInAs(page, "teacher@groundwork.test");
  await page.goto("/documents/new");
  await page.getByLabel("Title (optional)").fill("Tide pools");
  await page.getByLabel("…or paste the text").fill(article);
  await page.getByRole("button", { name: "Generate cards" }).click();

  const generated = page.getByRole("region", { name: "Generated deck" });
  await expect(generated.getByText(/\d+ cards and \d+ quiz questions/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText("window.__pwned");
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

  await page.getByRole("textbox", { name: "Question of card 1" }).fill("What is a tide pool?");
  await page.getByRole("button", { name: "Delete card 2" }).click();
  await page.getByLabel("New card question").fill("What do periwinkles eat?");
  await page.getByLabel("New card answer").fill("Algae on the rocks");
  await page.getByRole("button", { name: "Add card" }).click();
  await page.getByRole("button", { name: "Publish deck" }).click();

  await expect(page).toHaveURL(/\/documents\/[^/]+$/);
  await expect(page.getByText("Published: learners can find this deck in the library.")).toBeVisible();
  await expect(page.getByText("What is a tide pool?")).toBeVisible();
  await expect(page.getByText("What do periwinkles eat?")).toBeVisible();

  await page.getByRole("link", { name: "View as a learner" }).click();
  await expect(page.getByRole("heading", { name: "Tide pools" })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
});

test("an empty paste gets a message next to the field", async ({ page }) => {
  await signInAs(page, "teacher@groundwork.test");
  await page.goto("/documents/new");
  await page.getByRole("button", { name: "Generate cards" }).click();
  await expect(page.locator("#field-text-error")).toHaveText("Paste some text or choose a file.");
});

test("a learner cannot open the teachers' document pages", async ({ page }) => {
  await signInAs(page, "learner@groundwork.test");
  await page.goto("/documents/new");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("an oversized file and a binary file are refused with a reason next to the field", async ({ page }) => {
  await signInAs(page, "teacher@groundwork.test");
  await page.goto("/documents/new");
  const fileInput = page.getByLabel("Upload a .md or .txt file (up to 1 MB)");
  await fileInput.setInputFiles({ name: "huge.md", mimeType: "text/markdown", buffer: Buffer.alloc(1_200_000, "a") });
  await page.getByRole("button", { name: "Generate cards" }).click();
  await expect(page.locator("#field-file-error")).toHaveText(/limit is 1 MB/);

  await fileInput.setInputFiles({ name: "image.md", mimeType: "text/markdown", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) });
  await page.getByRole("button", { name: "Generate cards" }).click();
  await expect(page.locator("#field-file-error")).not.toHaveText("");
  await expect(page.locator("#field-file-error")).not.toHaveText(/limit is 1 MB/);
  await expect(page.getByRole("region", { name: "Generated deck" })).toHaveCount(0);
});
