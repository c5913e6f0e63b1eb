// The intermediate form both markdown paths (fast scanner and remark) produce.

/** Text of a run of inline content, with the bits of emphasis the generators care about. */
export type InlineText = {
  text: string;
  /** Bold or italic spans, in order. */
  marked: string[];
  /** The bold spans alone. */
  strong: string[];
  /** Text of a bold span the content opens with ("**Scale**: ..."). */
  leadStrong?: string;
  /** True when every visible character comes from links or images (navigation, "read more"). */
  linkOnly: boolean;
};

export type RawBlock =
  | { type: "heading"; depth: number; inline: InlineText }
  | { type: "paragraph"; inline: InlineText }
  | { type: "list"; ordered: boolean; items: InlineText[]; parentItem?: string }
  | { type: "table"; rows: InlineText[][] };

export type Block =
  | { type: "paragraph"; inline: InlineText; order: number }
  | { type: "list"; ordered: boolean; items: InlineText[]; parentItem?: string; order: number }
  | { type: "table"; header: InlineText[]; rows: InlineText[][]; order: number };

export type Section = {
  /** Heading texts from the outermost heading down to this one. */
  path: string[];
  heading: string;
  depth: number;
  blocks: Block[];
  /** Inside "Related terms", "Tags", "Share" and the like: never carded. */
  furniture: boolean;
};

export type ParsedDocument = {
  frontMatterTitle?: string;
  firstH1?: string;
  sections: Section[];
};
