import { withViewer } from "@/lib/api/handler";
import { exportUserData } from "@/lib/data/settings";

export const dynamic = "force-dynamic";

export const GET = withViewer(async (_request, viewer) => {
  const data = await exportUserData(viewer, new Date());
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="groundwork-export.json"',
      "Cache-Control": "no-store",
    },
  });
});
