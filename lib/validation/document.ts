import { z } from "zod";

export const MAX_DOCUMENT_BYTES = 1_048_576;

const cardText = (field: string, max: number) =>
  z.string({ error: `Enter the ${field}.` }).trim().min(1, `The ${field} cannot be empty.`).max(max, `Keep the ${field} under ${max} characters.`);

export const CardTextInput = z.object({ front: cardText("question", 1000), back: cardText("answer", 2000) });

export const DocumentTitleInput = z.string().trim().max(200, "Keep the title under 200 characters.").optional();

export const SaveDocumentInput = z.object({
  title: DocumentTitleInput,
  text: z.string({ error: "Add a document first." }).min(1, "Add a document first.").max(MAX_DOCUMENT_BYTES, "The document is over 1 MB."),
  format: z.enum(["md", "txt"]),
  edits: z.record(z.string().max(200), CardTextInput).default({}),
  removed: z.array(z.string().max(200)).max(20_000).default([]),
  added: z.array(CardTextInput).max(500).default([]),
  removedQuiz: z.array(z.string().max(200)).max(20_000).default([]),
  publish: z.boolean(),
});
export type SaveDocumentInput = z.infer<typeof SaveDocumentInput>;
