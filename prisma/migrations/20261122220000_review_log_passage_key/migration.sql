-- The passage of each graded card, copied onto its log entries (filled in from the cards for existing ones).
ALTER TABLE "ReviewLog" ADD COLUMN "passageKey" TEXT;
UPDATE "ReviewLog" l SET "passageKey" = c."passageKey" FROM "Card" c WHERE c.id = l."cardId";
ALTER TABLE "ReviewLog" ALTER COLUMN "passageKey" SET NOT NULL;
