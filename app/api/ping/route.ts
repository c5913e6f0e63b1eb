import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// The cheapest route the server can answer: the baseline for throughput benchmarks. No database, no session.
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
