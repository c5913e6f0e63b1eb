import type { Metadata } from "next";
import { requireTeacher } from "@/lib/auth";
import { PageHeader } from "@/components/ui/panel";
import { NewDocumentFlow } from "../_components/new-document-flow";

export const metadata: Metadata = { title: "New document" };

export default async function NewDocumentPage() {
  await requireTeacher("/documents/new");
  return (
    <>
      <PageHeader title="New document" description="Upload a file or paste text. You will see every generated card and question before anything is saved." />
      <NewDocumentFlow />
    </>
  );
}
