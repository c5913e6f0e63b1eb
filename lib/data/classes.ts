import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { generateJoinCode } from "@/lib/classroom/join-code";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { materializeCardStates } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";

const CODE_ATTEMPTS = 5;

export function assertTeacher(viewer: Viewer): void {
  if (viewer.role !== "TEACHER") throw new ForbiddenError("Only teachers can manage classes.");
}

export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const text = error instanceof Error ? error.message : String(error);
  return /23505|unique constraint/i.test(text);
}

/** Runs a write with a fresh join code, trying again on the rare clash with an existing one. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

/** The teacher's own class, or NotFound for anyone else's: other teachers never learn it exists. */
export async function findOwnedClass(viewer: Viewer, classId: string): Promise<{ id: string; name: string; archivedAt: Date | null }> {
  assertTeacher(viewer);
  const found = await db.classroom.findFirst({ where: { id: classId, teacherId: viewer.id }, select: { id: true, name: true, archivedAt: true } });
  if (!found) throw new NotFoundError("That class does not exist.");
  return found;
}

export type CreatedClass = { id: string; name: string; joinCode: string };

export async function createClass(viewer: Viewer, name: string): Promise<CreatedClass> {
  assertTeacher(viewer);
  return withFreshCode((joinCode) =>
    db.classroom.create({ data: { teacherId: viewer.id, name, joinCode }, select: { id: true, name: true, joinCode: true } }),
  );
}

export type TaughtClass = { id: string; name: string; joinCode: string; archivedAt: Date | null; memberCount: number; assignmentCount: number; createdAt: Date };
/** What a learner may know about a class they belong to: never its roster. */
export type JoinedClass = { id: string; name: string; teacherName: string; joinedAt: Date };

export async function listMyClasses(viewer: Viewer): Promise<{ teaching: TaughtClass[]; joined: JoinedClass[] }> {
  const [taught, memberships] = await Promise.all([
    viewer.role === "TEACHER"
      ? db.classroom.findMany({
          where: { teacherId: viewer.id },
          orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
          select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true, _count: { select: { memberships: true, assignments: true } } },
        })
      : Promise.resolve([]),
    db.membership.findMany({
      where: { userId: viewer.id, classroom: { archivedAt: null } },
      orderBy: { joinedAt: "desc" },
      select: { joinedAt: true, classroom: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
    }),
  ]);
  return {
    teaching: taught.map(({ _count, ...row }) => ({ ...row, memberCount: _count.memberships, assignmentCount: _count.assignments })),
    joined: memberships.map((m) => ({ id: m.classroom.id, name: m.classroom.name, teacherName: m.classroom.teacher.name, joinedAt: m.joinedAt })),
  };
}

export type ClassStudent = { userId: string; name: string; email: string; joinedAt: Date };
export type ClassAssignment = { id: string; deckId: string; deckTitle: string; documentId: string; dueAt: Date; targetRecall: number | null; cardCount: number; createdAt: Date };
export type ClassDetail = {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  createdAt: Date;
  students: ClassStudent[];
  assignments: ClassAssignment[];
};

export async function getClassForTeacher(viewer: Viewer, classId: string): Promise<ClassDetail> {
  assertTeacher(viewer);
  const found = await db.classroom.findFirst({
    where: { id: classId, teacherId: viewer.id },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      createdAt: true,
      memberships: { orderBy: { user: { name: "asc" } }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { dueAt: "asc" },
        select: {
          id: true,
          dueAt: true,
          targetRecall: true,
          createdAt: true,
          deck: { select: { id: true, title: true, documentId: true, _count: { select: { cards: { where: { retired: false } } } } } },
        },
      },
    },
  });
  if (!found) throw new NotFoundError("That class does not exist.");
  return {
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    archivedAt: found.archivedAt,
    createdAt: found.createdAt,
    students: found.memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt })),
    assignments: found.assignments.map((a) => ({
      id: a.id,
      deckId: a.deck.id,
      deckTitle: a.deck.title,
      documentId: a.deck.documentId,
      dueAt: a.dueAt,
      targetRecall: a.targetRecall,
      cardCount: a.deck._count.cards,
      createdAt: a.createdAt,
    })),
  };
}

export async function renameClass(viewer: Viewer, classId: string, name: string): Promise<void> {
  assertTeacher(viewer);
  const updated = await db.classroom.updateMany({ where: { id: classId, teacherId: viewer.id }, data: { name } });
  if (updated.count === 0) throw new NotFoundError("That class does not exist.");
}

/** An archived class keeps its roster and results but accepts no one new. */
export async function archiveClass(viewer: Viewer, classId: string, now: Date): Promise<void> {
  assertTeacher(viewer);
  const updated = await db.classroom.updateMany({ where: { id: classId, teacherId: viewer.id }, data: { archivedAt: now } });
  if (updated.count === 0) throw new NotFoundError("That class does not exist.");
}

export async function restoreClass(viewer: Viewer, classId: string): Promise<void> {
  assertTeacher(viewer);
  const updated = await db.classroom.updateMany({ where: { id: classId, teacherId: viewer.id }, data: { archivedAt: null } });
  if (updated.count === 0) throw new NotFoundError("That class does not exist.");
}

/** A new code for a class whose code leaked; the old one stops working at once. */
export async function regenerateJoinCode(viewer: Viewer, classId: string): Promise<string> {
  await findOwnedClass(viewer, classId);
  return withFreshCode(async (joinCode) => {
    const updated = await db.classroom.updateMany({ where: { id: classId, teacherId: viewer.id }, data: { joinCode } });
    if (updated.count === 0) throw new NotFoundError("That class does not exist.");
    return joinCode;
  });
}

/** Takes a student off the roster; their own studies and progress stay theirs. */
export async function removeStudent(viewer: Viewer, classId: string, userId: string): Promise<void> {
  await findOwnedClass(viewer, classId);
  const removed = await db.membership.deleteMany({ where: { classId, userId } });
  if (removed.count === 0) throw new NotFoundError("That student is not in this class.");
}

export type JoinedResult = { classId: string; className: string; decksAdded: number; alreadyMember: boolean };

/**
 * Joins the learner to the class with this code and adds every assigned deck to their studies.
 * Joining again is harmless and repairs any deck they had removed.
 */
export async function joinClass(viewer: Viewer, code: string, now: Date): Promise<JoinedResult> {
  if (viewer.role !== "LEARNER") throw new ForbiddenError("Teachers cannot join a class as a student.");
  const found = await db.classroom.findUnique({ where: { joinCode: code.trim().toUpperCase() }, select: { id: true, name: true, archivedAt: true, teacherId: true } });
  if (!found) throw new NotFoundError("No class has that code. Check it with your teacher.");
  if (found.archivedAt) throw new ConflictError("That class is closed and is not taking new students.");
  const existing = await db.membership.findUnique({ where: { classId_userId: { classId: found.id, userId: viewer.id } }, select: { id: true } });
  await db.$transaction([
    db.membership.upsert({
      where: { classId_userId: { classId: found.id, userId: viewer.id } },
      create: { classId: found.id, userId: viewer.id, joinedAt: now },
      update: {},
    }),
    db.$executeRaw`
      INSERT INTO "StudyDeck" ("userId", "deckId", "addedAt")
      SELECT ${viewer.id}, a."deckId", ${now} FROM "Assignment" a WHERE a."classId" = ${found.id}
      ON CONFLICT ("userId", "deckId") DO NOTHING`,
    materializeCardStates(Prisma.sql`SELECT ${viewer.id}::text, a."deckId" FROM "Assignment" a WHERE a."classId" = ${found.id}`, now),
  ]);
  const decksAdded = await db.assignment.count({ where: { classId: found.id } });
  return { classId: found.id, className: found.name, decksAdded, alreadyMember: existing !== null };
}

/** Leaves a class; the decks it added stay in the learner's studies with their progress. */
export async function leaveClass(viewer: Viewer, classId: string): Promise<void> {
  const removed = await db.membership.deleteMany({ where: { classId, userId: viewer.id } });
  if (removed.count === 0) throw new NotFoundError("You are not in that class.");
}
