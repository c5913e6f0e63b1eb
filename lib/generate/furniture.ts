// Page furniture: what a web page wraps around an article and a pasted copy drags along.

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`,
    `${MONTH}\\s+\\d{4}`,
    `\\d{4}-\\d{2}-\\d{2}(?:[ t]\\d{2}:\\d{2}(?::\\d{2})?z?)?`,
    `\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`,
    `(?:today|yesterday|\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago)`,
  ].join("|"),
  "i",
);

const FURNITURE_PART = new RegExp(
  "^(?:" +
    [
      `(?:(?:published|posted|updated|last updated|last modified|modified|reviewed|written|created|date)(?:\\s+on)?:?\\s*)?(?:${DATE.source})`,
      "(?:published|posted|updated|last updated|last modified|reviewed|written|by|author|posted by|written by|reviewed by|edited by|fact[- ]checked by)(?:\\s+on)?:?(?:\\s+[\\p{Lu}][\\p{L}.'-]*){0,4}",
      "(?:reading time:?\\s*)?(?:about\\s+)?\\d{1,3}\\s*(?:-|to)?\\s*(?:\\d{1,3}\\s*)?(?:min|mins|minutes?)(?:\\.|\\s+read|\\s+reading|\\s+to read|\\s+listen)?",
      "(?:related|see also|tags?|topics?|categories|category|filed under|labels?|keywords?)(?:\\s+(?:terms?|articles?|posts?|topics?|reading|content|resources|links|pages|glossary terms|questions))?(?::\\s*.{0,80})?",
      "share(?:\\s+(?:this|on|via|article|post|page|story)(?:\\s+[\\p{L}]+){0,2})?|tweet|pin(?: it)?|email|print|copy(?: the)? link|link copied",
      "(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|email|mastodon|threads|bluesky)(?:[\\s,/|·•]+(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|email|mastodon|threads|bluesky|copy link))*",
      "subscribe(?:\\s+.{0,60})?|sign (?:up|in)(?:\\s+.{0,40})?|log ?in|log ?out|register|join (?:now|free|us)|get started(?: free)?|try (?:it )?(?:for )?free|download(?: now| the app)?|start (?:your )?free trial",
      "(?:table of )?contents|on this page|in this (?:article|post|guide|page)|jump to(?:\\s+.{0,40})?|skip to (?:main )?content|skip navigation|toggle navigation|menu|main menu|navigation|search|close|open|back|home|back to top|scroll to top|top",
      "(?:read|see|show|load|view|learn)\\s+(?:more|all|less)(?:\\s+.{0,40})?|continue reading|read (?:the )?(?:full )?(?:article|story|post)|next|previous|prev|next (?:article|post|page|story)|previous (?:article|post|page|story)|older posts|newer posts",
      "advertisement|sponsored(?: content)?|ad|promoted|partner content|affiliate disclosure",
      "(?:you (?:may|might) also (?:like|enjoy)|recommended(?: for you| articles| reading)?|popular(?: posts| articles)?|trending(?: now)?|more from .{0,40}|most read|editor'?s picks?)",
      "(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?|leave a (?:comment|reply)|add a comment|reply|like|likes|\\d+\\s+likes?|\\d+\\s+shares?|\\d+\\s+views?",
      "was this (?:article|page|answer|recipe|post|helpful)(?: helpful)?\\??(?:\\s+(?:yes|no))*|(?:yes|no)(?:\\s+(?:yes|no))?|helpful\\??|feedback|rate this (?:article|page|recipe|post)|print(?:able)? (?:recipe|version)(?: card)?|jump to recipe",
      "about the author|about us|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie (?:policy|settings|preferences)|accept(?: all)?(?: cookies)?|reject(?: all)?|decline|manage (?:cookies|preferences|settings)|got it|ok|okay|dismiss",
      "(?:all rights reserved|copyright|©).{0,80}",
      "(?:photo|image|illustration|video|credit|source|caption)(?: credit)?:\\s*.{0,80}",
      "(?:home|glossary|blog|docs|learn|resources|articles|news)(?:\\s*[›>»/|]\\s*[^›>»/|]{1,60}){1,6}",
      "[^\\p{L}\\p{N}]*",
    ].join("|") +
    ")$",
  "iu",
);

const HATNOTE = /^(?:from wikipedia, the free encyclopedia|for (?:the|other|a)\b.{0,80}\bsee\b.*|this article is about\b.*|not to be confused with\b.*|main articles?:.*|further information:.*|see also:.*|\^.*|retrieved\b.*|jump to (?:navigation|search).*|coordinates:.*)$/i;
const PROMOTION = /^(?:try|start|get|sign up|subscribe|download|join|book|request|claim|upgrade|buy|shop|order)\b.{0,80}\b(?:free|trial|demo|today|now|discount|offer|\d+% off|newsletter)\b.{0,30}[!.]?$/i;
const CATEGORY_TRAIL = /^[^|.!?]{1,30}(?:\s+\|\s+[^|.!?]{1,30})+$/;

const COOKIE_NOTICE = /\b(?:cookies?|consent)\b.*\b(?:accept|agree|consent|privacy|experience|preferences|use of)\b|\b(?:we|this (?:site|website)) uses? cookies\b/i;
const BREADCRUMB = /^(?:[^›»>|/]{1,40}(?:\s*[›»>|]\s*|\s+\/\s+)){2,}[^›»>|/]{1,60}$/;

/** A line or paragraph that is page furniture rather than article content. */
export function isFurnitureText(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return true;
  if (trimmed.length <= 200 && (COOKIE_NOTICE.test(trimmed) || HATNOTE.test(trimmed) || PROMOTION.test(trimmed))) return true;
  if (CATEGORY_TRAIL.test(trimmed) && trimmed.split("|").every((part) => part.trim().split(/\s+/).length <= 3)) return true;
  if (trimmed.length > 160) return false;
  if (!/[.!?]$/.test(trimmed) && BREADCRUMB.test(trimmed) && trimmed.split(/\s+/).length <= 14) return true;
  const parts = trimmed.split(/\s+[·•|]\s+|\s{2,}|\t/).filter(Boolean);
  return parts.every((part) => FURNITURE_PART.test(part.trim()));
}

const FURNITURE_HEADING =
  /^(?:related(?:\s+\S+){0,2}|see also|tags?|topics|categories|filed under|keywords|share(?:\s+\S+){0,3}|table of contents|contents|on this page|in this (?:article|post|guide)|references|sources|bibliography|works cited|citations|notes|footnotes|further reading|external links|additional resources|more resources|read (?:more|next)|comments?|leave a (?:comment|reply)|about the author|author|newsletter|subscribe(?:\s+\S+){0,4}|stay (?:updated|in touch)|follow us|you (?:may|might) also (?:like|enjoy)|recommended(?:\s+\S+){0,2}|popular(?:\s+\S+){0,2}|trending(?:\s+\S+)?|more (?:articles|posts|stories|from .{1,40})|navigation|menu|footer|sidebar|advertisement|sponsored|cookie(?:s| policy| settings)?|privacy|disclaimer|acknowledg(?:e)?ments?|credits|changelog|revision history|was this helpful\??)$/i;

const LINK_LIST_HEADING =
  /^(?:related(?:\s+\S+){0,2}|see also|tags?|topics|categories|filed under|keywords|table of contents|contents|on this page|in this (?:article|post|guide)|references|sources|bibliography|works cited|further reading|external links|additional resources|more resources|read (?:more|next)|comments?|you (?:may|might) also (?:like|enjoy)|recommended(?:\s+\S+){0,2}|popular(?:\s+\S+){0,2}|trending(?:\s+\S+)?|more (?:articles|posts|stories|from .{1,40})|share(?:\s+\S+){0,3}|follow us)$/i;

/** Furniture headings that are followed by a run of links or names (a table of contents, related terms, tags). */
export function introducesLinkList(text: string): boolean {
  return LINK_LIST_HEADING.test(text.trim().replace(/[:.]$/, ""));
}

/** Headings that open a furniture section: everything under them is dropped. */
export function isFurnitureHeading(text: string): boolean {
  return FURNITURE_HEADING.test(text.trim().replace(/[:.]$/, ""));
}
