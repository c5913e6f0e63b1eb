import type { ReactNode } from "react";
import type { Root, RootContent, PhrasingContent } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";

// Documents are rendered from the markdown tree into React elements: raw HTML nodes are shown as text,
// so nothing a teacher pastes can run in a learner's browser.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

function plainText(node: RootContent | PhrasingContent): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as (RootContent | PhrasingContent)[]).map(plainText).join("");
  return "";
}

function renderInline(nodes: PhrasingContent[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return node.value;
      case "strong":
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case "emphasis":
        return <em key={i}>{renderInline(node.children)}</em>;
      case "inlineCode":
        return (
          <code key={i} className="rounded bg-stone-100 px-1">
            {node.value}
          </code>
        );
      case "link":
        return <span key={i}>{renderInline(node.children)}</span>;
      case "break":
        return <br key={i} />;
      case "html":
        return node.value;
      default:
        return plainText(node);
    }
  });
}

export function DocumentView({ markdown, highlight }: { markdown: string; highlight?: string }) {
  const tree = parser.parse(markdown) as Root;
  const target = highlight ? normalize(highlight).slice(0, 80) : "";
  const isHighlighted = (node: RootContent) => target.length > 0 && normalize(plainText(node)).includes(target);

  function renderBlock(node: RootContent, key: number): ReactNode {
    const mark = isHighlighted(node) ? "rounded-md bg-amber-50 ring-2 ring-amber-300 px-2 -mx-2" : "";
    const id = mark ? "passage" : undefined;
    switch (node.type) {
      case "heading": {
        const sizes = ["text-3xl", "text-2xl", "text-xl", "text-lg", "text-base", "text-base"];
        return (
          <p key={key} role="heading" aria-level={node.depth} className={`mt-8 font-semibold text-stone-900 ${sizes[node.depth - 1]}`}>
            {renderInline(node.children)}
          </p>
        );
      }
      case "paragraph":
        return (
          <p key={key} id={id} className={`mt-4 leading-7 text-stone-800 ${mark}`}>
            {renderInline(node.children)}
          </p>
        );
      case "list": {
        const Tag = node.ordered ? "ol" : "ul";
        return (
          <Tag key={key} className={`mt-4 space-y-1 pl-6 ${node.ordered ? "list-decimal" : "list-disc"}`}>
            {node.children.map((item, i) => (
              <li key={i} id={isHighlighted(item) ? "passage" : undefined} className={isHighlighted(item) ? "rounded bg-amber-50 ring-2 ring-amber-300" : ""}>
                {item.children.map((child, j) => (child.type === "paragraph" ? <span key={j}>{renderInline(child.children)}</span> : renderBlock(child, j)))}
              </li>
            ))}
          </Tag>
        );
      }
      case "table":
        return (
          <div key={key} className="mt-4 overflow-x-auto">
            <table className="min-w-full border-collapse text-sm">
              <tbody>
                {node.children.map((row, r) => (
                  <tr key={r} className={r === 0 ? "bg-stone-100 font-semibold" : "border-t border-stone-200"}>
                    {row.children.map((cell, c) => (
                      <td key={c} className="px-3 py-2 align-top">
                        {renderInline(cell.children)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case "blockquote":
        return (
          <blockquote key={key} className="mt-4 border-l-4 border-stone-300 pl-4 text-stone-700">
            {node.children.map(renderBlock)}
          </blockquote>
        );
      case "code":
        return (
          <pre key={key} className="mt-4 overflow-x-auto rounded-lg bg-stone-100 p-3 text-sm">
            {node.value}
          </pre>
        );
      case "html":
        return (
          <p key={key} className="mt-4 whitespace-pre-wrap font-mono text-sm text-stone-500">
            {node.value}
          </p>
        );
      case "thematicBreak":
        return <hr key={key} className="my-6 border-stone-200" />;
      default:
        return null;
    }
  }

  return <div className="max-w-none">{tree.children.map(renderBlock)}</div>;
}
