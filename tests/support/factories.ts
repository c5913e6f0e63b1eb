import { db } from "@/lib/db";
import { viewerSelect, type Viewer } from "@/lib/data/viewer";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

// bcrypt hash of "test-password-123" at cost 4: fixtures need a real hash, not a slow one.
export const TEST_PASSWORD = "test-password-123";
const TEST_HASH = "$2b$04$UKhRz/X58MKFUfUJVD3uqeVIcVyUo4bxXvDQ5DfnZf0y4us4dqNoa";

export async function makeUser(overrides: Partial<{ name: string; email: string; role: "LEARNER" | "TEACHER"; timeZone: string; rolloverHour: number; newCardsPerDay: number; maxReviewsPerDay: number }> = {}): Promise<Viewer> {
  const id = unique();
  return db.user.create({
    data: { name: `User ${id}`, email: `user-${id}@example.com`, passwordHash: TEST_HASH, ...overrides },
    select: viewerSelect,
  });
}

export async function makeDeck(options: { ownerId?: string | null; cards?: number; status?: "DRAFT" | "PUBLISHED"; title?: string; passagesShared?: boolean } = {}) {
  const id = unique();
  const document = await db.document.create({
    data: { title: options.title ?? `Deck ${id}`, slug: `doc-${id}`, markdown: "# Test", contentHash: id, ownerId: options.ownerId ?? null, builtIn: !options.ownerId },
  });
  const deck = await db.deck.create({
    data: { documentId: document.id, title: document.title, ownerId: options.ownerId ?? null, status: options.status ?? "PUBLISHED" },
  });
  const count = options.cards ?? 3;
  await db.card.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      deckId: deck.id,
      key: `key-${i}`,
      passageKey: options.passagesShared ? "passage-shared" : `passage-${i}`,
      kind: "DEFINITION" as const,
      front: `Question ${i + 1}?`,
      back: `Answer ${i + 1}.`,
      sourceSection: "Test › Section",
      sourceExcerpt: `Passage ${i + 1}.`,
      position: i,
    })),
  });
  const cards = await db.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
  return { deck, document, cards };
}
