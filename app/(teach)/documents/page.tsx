import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "@/lib/auth";
import { listMyDocuments } from "@/lib/data/documents";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage() {
  const viewer = await requireTeacher("/documents");
  const documents = await listMyDocuments(viewer);
  return (
    <>
      <PageHeader title="Documents" description="Your documents and the decks made from them." action={<ButtonLink href="/documents/new">New document</ButtonLink>} />
      {documents.length === 0 ? (
        <EmptyState title="No documents yet">Upload a .md or .txt file, or paste an article, and Groundwork will draft a deck and a quiz for you to check.</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
          {documents.map((doc) => (
            <li key={doc.id} className="flex items-center gap-4 px-5 py-4">
              <Link href={`/documents/${doc.id}`} className="flex-1 font-medium text-stone-900 hover:underline">
                {doc.title}
              </Link>
              <span className="text-sm text-stone-500">{doc.cardCount} cards</span>
              <span className={`rounded-full px-2 py-0.5 text-xs ${doc.status === "PUBLISHED" ? "bg-brand-50 text-brand-700" : "bg-amber-50 text-amber-800"}`}>
                {doc.status === "PUBLISHED" ? "Published" : "Draft"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
