import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const databaseOk = await checkDatabase();
  return NextResponse.json(
    { status: databaseOk ? "ok" : "degraded", database: databaseOk ? "ok" : "unreachable" },
    { status: databaseOk ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
