import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/generate/parse";
import { plainTextToMarkdown } from "@/lib/generate/plain-text";
import { splitSentences } from "@/lib/generate/sentences";
import { allFixtures } from "./fixtures";

const TRICKY = [
  "# T\n\n- a\n- b\n\n- c\n\nText after.\n",
  "# T\n\nLead:\n- **Bold**: item\n  continued lazily\n- next\n",
  "Intro *emphasis* and **strong** and `code` and [link](https://x.y) and snake_case_word.\n",
  "Setext heading\n===\n\nAnother\n---\n\n* * *\n",
  "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |\n",
  "Paragraph with &amp; entity and \\*escaped\\* stars and <b>html</b>.\n",
  "1. one\n2. two\n\n3) three\n",
  "```\ncode block\n\nwith blank line\n```\n\nAfter code.\n",
  "> quoted **text**\n\nPlain.\n",
  "Term[^1] with footnote.\n\n[^1]: The note.\n",
  "A [reference link][ref] here.\n\n[ref]: https://example.com\n",
  "    indented code\n\nPara.\n",
  "Text with www.example.com and mail@example.com inside.\n",
  "_under_ and __double__ and a_b_c and *a*b and **a**b.\n",
  "<div>\n*not markdown*\n</div>\n\nAfter html.\n",
  "- item\n\n  indented paragraph of the item\n\n- second\n",
  "See [the report](https://example.org/r?a=1&b=2 \"Title\") and ![chart](https://example.org/c.png) for www.example.org details.\n",
  "[Only a link](https://example.org/only)\n\nText with [two](https://a.b) [links](https://c.d).\n",
];

describe("markdown parsing", () => {
  it.each([...allFixtures().map((fixture) => [fixture.name, fixture.format === "txt" ? plainTextToMarkdown(fixture.text) : fixture.text]), ...TRICKY.map((text, i) => [`tricky ${i}`, text])])(
    "the fast path reads %s exactly as remark does",
    (_, markdown) => {
      expect(parseMarkdown(markdown)).toEqual(parseMarkdown(markdown, { fastPath: false }));
    },
  );

  it("builds a heading path for every section and reads front matter", () => {
    const parsed = parseMarkdown("---\ntitle: 'From front matter'\n---\n\n# Top\n\n## Middle\n\n### Bottom\n\nText.\n\n## Next\n\nMore.\n");
    expect(parsed.frontMatterTitle).toBe("From front matter");
    expect(parsed.sections.map((section) => section.path.join(" › "))).toEqual(["", "Top", "Top › Middle", "Top › Middle › Bottom", "Top › Next"]);
  });

  it("marks furniture sections so nothing under them is carded", () => {
    const parsed = parseMarkdown("# A\n\nText.\n\n## Related terms\n\n- one\n\n### Deeper\n\nStill furniture.\n\n## Real\n\nContent.\n");
    expect(parsed.sections.filter((section) => section.furniture).map((section) => section.heading)).toEqual(["Related terms", "Deeper"]);
  });
});

describe("sentence splitting", () => {
  it.each([
    ["Dr. Smith arrived at 3.30 p.m. on Monday. He left early.", ["Dr. Smith arrived at 3.30 p.m. on Monday.", "He left early."]],
    ["Many crops, e.g. wheat and maize, use it. Others do not.", ["Many crops, e.g. wheat and maize, use it.", "Others do not."]],
    ["The U.S. Congress voted in 1787. It took weeks.", ["The U.S. Congress voted in 1787.", "It took weeks."]],
    ["Pi is about 3.14159. That is close enough.", ["Pi is about 3.14159.", "That is close enough."]],
    ["J. R. R. Tolkien wrote it. Really?", ["J. R. R. Tolkien wrote it.", "Really?"]],
    ['He said "stop." Then he left.', ['He said "stop."', "Then he left."]],
    ["See No. 5 in the list. Then continue.", ["See No. 5 in the list.", "Then continue."]],
  ])("splits %j", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
