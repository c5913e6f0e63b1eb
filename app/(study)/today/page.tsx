import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { PageHeader } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const viewer = await requireUser("/today");
  return <PageHeader title={`Good to see you, ${viewer.name}`} description="Here is what is due today." />;
}
