import { describe, expect, it } from "vitest";
import { parseStudentSort, sortStudents } from "@/lib/classroom/student-sort";

const student = (name: string, atRisk: boolean, predictedRecallAtDue: number, overdue = 0) => ({
  name,
  atRisk,
  predictedRecallAtDue,
  overdue,
  cardsStarted: 0,
  reviews7d: 0,
  retention: null,
  lastActive: null,
});

describe("sorting students", () => {
  const students = [student("Ada", false, 0.9, 0), student("Ben", true, 0.5, 2), student("Cy", true, 0.2, 0), student("Di", false, 0.8, 5)];

  it("keeps at-risk students on top, weakest recall first by default", () => {
    expect(sortStudents(students, "risk").map((s) => s.name)).toEqual(["Cy", "Ben", "Di", "Ada"]);
  });

  it("orders by the chosen column within each group", () => {
    expect(sortStudents(students, "name").map((s) => s.name)).toEqual(["Ben", "Cy", "Ada", "Di"]);
    expect(sortStudents(students, "overdue").map((s) => s.name)).toEqual(["Ben", "Cy", "Di", "Ada"]);
  });

  it("falls back to risk order for an unknown column", () => {
    expect(parseStudentSort("password")).toBe("risk");
    expect(parseStudentSort(["recall"])).toBe("risk");
    expect(parseStudentSort("recall")).toBe("recall");
  });
});
