import { withViewer } from "@/lib/api/handler";
import { classDashboardCsv, getClassDashboard } from "@/lib/data/class-dashboard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ classId: string; assignmentId: string }> };

function fileName(className: string, deckTitle: string, at: Date): string {
  const slug = `${className}-${deckTitle}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "class";
  return `${slug}-${at.toISOString().slice(0, 10)}.csv`;
}

export const GET = withViewer<Context>(async (_request, viewer, { params }) => {
  const { classId, assignmentId } = await params;
  const now = new Date();
  const dashboard = await getClassDashboard(viewer, classId, assignmentId, now);
  return new Response(classDashboardCsv(dashboard), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(dashboard.className, dashboard.assignment.deckTitle, now)}"`,
      "Cache-Control": "no-store",
    },
  });
});
