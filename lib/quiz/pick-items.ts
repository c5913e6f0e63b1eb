export type PickableQuizItem = { id: string; kind: string; passageKey: string };

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * Up to `size` items, taking the kinds in turn so a quiz mixes them, and preferring passages not
 * asked yet so one answer does not stand in for another. `random` returns [0, 1): the same
 * sequence gives the same quiz.
 */
export function pickQuizItems<T extends PickableQuizItem>(items: readonly T[], size: number, random: () => number): T[] {
  const byKind = new Map<string, T[]>();
  for (const item of shuffle(items, random)) {
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  const kinds = shuffle([...byKind.keys()].sort(), random);
  const picked: T[] = [];
  const passages = new Set<string>();
  for (const freshPassagesOnly of [true, false]) {
    let progressed = true;
    while (picked.length < size && progressed) {
      progressed = false;
      for (const kind of kinds) {
        if (picked.length >= size) break;
        const pool = byKind.get(kind) ?? [];
        const index = pool.findIndex((item) => !freshPassagesOnly || !passages.has(item.passageKey));
        if (index < 0) continue;
        const [item] = pool.splice(index, 1);
        if (!item) continue;
        picked.push(item);
        passages.add(item.passageKey);
        progressed = true;
      }
    }
  }
  return shuffle(picked, random);
}
