import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth";
import { buttonClasses } from "@/components/ui/button";

export const dynamic = "force-dynamic";

const features = [
  {
    title: "Documents become decks",
    body: "Paste an article or upload a file. Groundwork finds its definitions, lists, tables and FAQs and writes flashcards and a quiz, each linked to the passage it came from.",
  },
  {
    title: "Reviews when you are about to forget",
    body: "The FSRS scheduler plans each card for the day your memory of it starts to fade, so a few minutes a day keeps everything you learned.",
  },
  {
    title: "Teachers see what sticks",
    body: "Assign a deck to a class with a due date and see, per student and per card, what is remembered and what is slipping.",
  },
];

export default async function LandingPage() {
  if (await getViewer()) redirect("/today");
  return (
    <div className="space-y-16">
      <section className="grid items-center gap-10 pt-6 lg:grid-cols-[1.2fr_1fr]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Spaced repetition for classes</p>
          <h1 className="mt-3 text-4xl font-semibold tracking-tight text-stone-900 sm:text-5xl">
            Remember what you read, long after you read it.
          </h1>
          <p className="mt-5 max-w-xl text-lg text-stone-600">
            Groundwork turns documents into flashcards and quizzes, schedules every review with FSRS, and shows teachers what
            their students actually remember. Its built-in library teaches what foundation models are.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonClasses("primary", "lg")}>
              Start learning free
            </Link>
            <Link href="/sign-in" className={buttonClasses("secondary", "lg")}>
              Sign in
            </Link>
          </div>
        </div>
        <div aria-hidden className="relative mx-auto w-full max-w-sm">
          <div className="absolute -left-4 top-6 h-56 w-full rotate-[-4deg] rounded-2xl border border-stone-200 bg-white shadow-sm" />
          <div className="relative rounded-2xl border border-stone-200 bg-white p-6 shadow-lg">
            <p className="text-xs font-medium uppercase tracking-wide text-stone-500">Foundation models › Origins</p>
            <p className="mt-4 text-lg font-medium text-stone-900">Which research centre introduced the term “foundation model”, and when?</p>
            <div className="mt-6 grid grid-cols-4 gap-2 text-center text-xs">
              {[
                ["Again", "1m"],
                ["Hard", "6m"],
                ["Good", "10m"],
                ["Easy", "4d"],
              ].map(([grade, interval]) => (
                <div key={grade} className="rounded-lg border border-stone-200 py-2">
                  <div className="font-semibold text-stone-800">{grade}</div>
                  <div className="text-stone-500">{interval}</div>
                </div>
              ))}
            </div>
          </div>
        </div>
      </section>
      <section aria-label="What Groundwork does" className="grid gap-6 md:grid-cols-3">
        {features.map((feature) => (
          <div key={feature.title} className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
            <h2 className="font-semibold text-stone-900">{feature.title}</h2>
            <p className="mt-2 text-sm leading-6 text-stone-600">{feature.body}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
