export const STUDENT_SORTS = ["risk", "name", "started", "reviews", "retention", "overdue", "recall", "active"] as const;
export type StudentSort = (typeof STUDENT_SORTS)[number];

export type SortableStudent = {
  name: string;
  cardsStarted: number;
  reviews7d: number;
  retention: number | null;
  overdue: number;
  predictedRecallAtDue: number;
  lastActive: Date | null;
  atRisk: boolean;
};

export const SORT_DIRECTION: Record<StudentSort, "ascending" | "descending"> = {
  risk: "ascending",
  name: "ascending",
  started: "ascending",
  reviews: "ascending",
  retention: "ascending",
  overdue: "descending",
  recall: "ascending",
  active: "ascending",
};

export function parseStudentSort(value: unknown): StudentSort {
  return STUDENT_SORTS.find((sort) => sort === value) ?? "risk";
}

// Each column sorts the way a teacher scans it: the weakest first, except names.
const compareBy: Record<StudentSort, (a: SortableStudent, b: SortableStudent) => number> = {
  risk: (a, b) => a.predictedRecallAtDue - b.predictedRecallAtDue,
  name: () => 0,
  started: (a, b) => a.cardsStarted - b.cardsStarted,
  reviews: (a, b) => a.reviews7d - b.reviews7d,
  retention: (a, b) => (a.retention ?? -1) - (b.retention ?? -1),
  overdue: (a, b) => b.overdue - a.overdue,
  recall: (a, b) => a.predictedRecallAtDue - b.predictedRecallAtDue,
  active: (a, b) => (a.lastActive?.getTime() ?? 0) - (b.lastActive?.getTime() ?? 0),
};

/** At-risk students stay on top whatever the column; the column orders within each group. */
export function sortStudents<T extends SortableStudent>(students: readonly T[], sort: StudentSort): T[] {
  return [...students].sort((a, b) => Number(b.atRisk) - Number(a.atRisk) || compareBy[sort](a, b) || a.name.localeCompare(b.name));
}
