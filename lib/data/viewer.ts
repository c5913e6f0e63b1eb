import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";

/** The signed-in user as every lib/data function receives it: who they are and how they study. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: Role;
  timeZone: string;
  rolloverHour: number;
  desiredRetention: number;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  fsrsParams: number[];
};

export const viewerSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  rolloverHour: true,
  desiredRetention: true,
  newCardsPerDay: true,
  maxReviewsPerDay: true,
  fsrsParams: true,
} as const;

/** The same fields as SQL columns of "User", for raw queries (the enum read as its text). */
export const viewerColumns = Prisma.raw(
  Object.keys(viewerSelect)
    .map((field) => (field === "role" ? `role::text AS role` : `"${field}"`))
    .join(", "),
);
