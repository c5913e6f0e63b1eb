import { z } from "zod";

const id = z.string({ error: "is required" }).trim().min(1, "is required").max(100, "is too long");

export const ReviewInput = z.object({
  cardId: id,
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" }),
  reviewId: z.string({ error: "is required" }).trim().min(8, "must be at least 8 characters").max(100, "is too long"),
  version: z.number({ error: "must be the card version you saw" }).int("must be a whole number").min(0, "must be 0 or more"),
  durationMs: z.number().int().min(0).max(86_400_000).optional(),
});

export const QueueQuery = z.object({
  deck: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1, "must be at least 1").max(500, "must be at most 500").optional(),
});

export const UndoInput = z.object({ reviewId: z.string().trim().min(1).max(100).optional() });

export const HoldInput = z.object({ cardId: id, action: z.enum(["suspend", "unsuspend", "bury"], { error: "must be suspend, unsuspend or bury" }) });
