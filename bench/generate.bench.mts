// Times generateDeck on a ~1 MB markdown document built from varied, unique sections.
// Run: npx tsx bench/generate.bench.mts

import { generateDeck } from "../lib/generate/index";

const TARGET_BYTES = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const SYLLABLES = ["ka", "lo", "mer", "tis", "van", "dru", "sel", "po", "rin", "gal", "no", "ther", "bex", "qui", "lum", "zar", "fen", "ol", "ud", "cra"];
const NOUNS = ["protocol", "enzyme", "treaty", "alloy", "algorithm", "organelle", "reactor", "dialect", "sensor", "compound", "mineral", "ritual"];
const ADJECTIVES = ["compact", "stable", "volatile", "regional", "layered", "adaptive", "ancient", "synthetic", "coastal", "modular"];
const VERBS = ["converts", "stores", "filters", "records", "binds", "regulates", "transmits", "measures", "protects", "balances"];
const OBJECTS = ["heat", "signals", "minerals", "water", "sound", "trade routes", "electric charge", "seed oils", "light", "salt"];
const PLACES = ["northern valleys", "deep oceans", "city archives", "mountain passes", "river deltas", "desert basins", "polar stations"];
const PEOPLE = ["Ada Morvel", "Tomas Ekberg", "Lina Okafor", "Hugo Brandt", "Mei Tanaka", "Ravi Sethi", "Clara Dunmore", "Omar Haddad"];

let seed = 42;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}
function word(index: number): string {
  let n = index + 7;
  let out = "";
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function section(index: number): string {
  const term = word(index * 3);
  const other = word(index * 3 + 1);
  const third = word(index * 3 + 2);
  const noun = pick(NOUNS);
  const year = 1700 + Math.floor(next() * 320);
  const person = pick(PEOPLE);
  const number = 2 + Math.floor(next() * 900);
  const items = [0, 1, 2, 3].map((offset) => word(index * 7 + offset + 100_000));
  const kind = index % 4;
  const parts = [
    `## The ${term} ${noun}`,
    "",
    `A **${term} ${noun}** is a ${pick(ADJECTIVES)} ${noun} that ${pick(VERBS)} ${pick(OBJECTS)} in ${pick(PLACES)} (entry ${index}). ${person} first described the ${term} ${noun} in ${year}, after a survey of ${number} sites. Most ${term} designs last for about ${2 + (index % 40)} years before they need repair.`,
    "",
    `The ${other} variant ${pick(VERBS)} ${pick(OBJECTS)} more slowly, and researchers at ${third} University measured a ${10 + (index % 80)}% drop in output during winter ${index} (see the [field report](https://example.org/reports/${index}?ref=guide&page=2)).`,
    "",
  ];
  if (index % 25 === 0) parts.push(`> **Note:** the ${term} archive keeps <em>${number}</em> records &amp; photographs from ${year + 1}.`, "");
  if (kind === 0) {
    parts.push(`The ${term} ${noun} has four main parts:`, "", ...items.map((item, i) => `- **${item}**: the part that ${pick(VERBS)} ${pick(OBJECTS)} (layer ${i + 1} of model ${index})`), "");
  } else if (kind === 1) {
    parts.push(
      `| Variant | Output | Lifespan |`,
      `|---|---|---|`,
      ...items.map((item, i) => `| ${item} | ${number + i * 13} units | ${3 + i + (index % 9)} years |`),
      "",
    );
  } else if (kind === 2) {
    parts.push(`### Why does the ${term} ${noun} fail in ${pick(PLACES)}?`, "", `Because ${pick(OBJECTS)} builds up faster than the ${other} layer can clear it, the ${term} ${noun} overheats after ${index % 50 + 3} cycles. Engineers now add a ${third} vent to every unit.`, "");
  } else {
    parts.push(`**${other} index**: a score from 0 to 100 that rates how well a ${term} ${noun} ${pick(VERBS)} ${pick(OBJECTS)} (series ${index}).`, "", `1. Survey the site of ${term} number ${index}.`, `2. Record the ${other} index twice a day.`, `3. Compare the results with the ${third} baseline.`, "");
  }
  return parts.join("\n");
}

function buildDocument(): string {
  const sections = ["# Field guide to invented machinery", "", "This guide collects notes on machines, materials and rituals that do not exist, written only to exercise the deck generator.", ""];
  let size = 0;
  for (let index = 0; size < TARGET_BYTES; index++) {
    const text = section(index);
    sections.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return sections.join("\n");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

const document = buildDocument();
const bytes = Buffer.byteLength(document);
generateDeck(document);
const times: number[] = [];
const cpuTimes: number[] = [];
let deck = generateDeck(document);
for (let run = 0; run < RUNS; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  deck = generateDeck(document);
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
cpuTimes.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const p50 = percentile(times, 0.5);
console.log(`document: ${(bytes / 1_048_576).toFixed(2)} MB (${bytes} bytes)`);
console.log(`cards: ${deck.cards.length}, quiz items: ${deck.quiz.length}`);
console.log(`runs: ${RUNS} after warm-up; p50 ${p50.toFixed(0)} ms, max ${(times[times.length - 1] ?? 0).toFixed(0)} ms (CPU time p50 ${percentile(cpuTimes, 0.5).toFixed(0)} ms)`);
console.log(`throughput: ${Math.round(deck.cards.length / (p50 / 1000))} cards/s, ${(bytes / 1_048_576 / (p50 / 1000)).toFixed(2)} MB/s`);
