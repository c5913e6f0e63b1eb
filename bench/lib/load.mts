// Load drivers for benchmarks: closed-loop (fixed concurrency) and open-loop (fixed rate), loopback HTTP only.
// node:http with a keep-alive agent: on a 2-core machine the client shares the CPU with the server, and it
// costs several times less per request than fetch.
import http from "node:http";
import { performance } from "node:perf_hooks";

export type Reply = { status: number; body: string };
export type Request = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export type PhaseResult = {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  errors: number;
};

const TIMEOUT_MS = 10_000;

export class LoopbackClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    // Idle sockets are closed after 4 s, before the server's 5 s keep-alive timeout: otherwise a request can
    // go out on a socket the server is closing at that moment and fail with ECONNRESET.
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 4_000 });
  }

  send(request: Request): Promise<Reply> {
    return new Promise((resolve) => {
      const headers: Record<string, string | number> = { ...request.headers };
      if (request.body !== undefined) {
        headers["content-type"] = "application/json";
        headers["content-length"] = Buffer.byteLength(request.body);
      }
      const req = http.request(
        { host: "127.0.0.1", port: this.port, method: request.method, path: request.path, headers, agent: this.agent, timeout: TIMEOUT_MS },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", () => resolve({ status: -1, body: "response error" }));
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => resolve({ status: error.message === "timeout" ? -2 : -1, body: error.message }));
      req.end(request.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

const statusName = (status: number) => (status === -2 ? "timeout" : status === -1 ? "network" : String(status));

function summarize(latencies: number[], statuses: Map<number, number>, seconds: number, okStatuses: number[]): PhaseResult {
  latencies.sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  let errors = 0;
  for (const [status, count] of statuses) {
    byStatus[statusName(status)] = count;
    if (!okStatuses.includes(status)) errors += count;
  }
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    statuses: byStatus,
    errors,
  };
}

/**
 * Closed loop: `concurrency` workers each send the next request as soon as the last one answers, for
 * `seconds` or until `next()` returns null. Throughput counts completed requests over the phase's wall time.
 */
export async function runClosedLoop(
  client: LoopbackClient,
  options: { concurrency: number; seconds: number; next: () => Request | null; okStatuses: number[] },
): Promise<PhaseResult & { latencies: number[] }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const request = options.next();
      if (!request) return;
      const sent = performance.now();
      const reply = await client.send(request);
      latencies.push(performance.now() - sent);
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { ...summarize(latencies, statuses, (performance.now() - started) / 1000, options.okStatuses), latencies };
}

/** A phase of runInterleaved; `before` and `after` bracket each of its rounds (to read CPU counters, say). */
export type LoopPhase = { next: () => Request | null; okStatuses: number[]; before?: () => Promise<void>; after?: (round: PhaseResult) => Promise<void> };

/**
 * Closed loops for several phases in turn, `rounds` times (the order reversed every other round), so that a
 * machine whose speed drifts during the run (a shared host) weighs on every phase alike. Each phase's result
 * pools its rounds: requests over the total time, percentiles over all latencies.
 */
export async function runInterleaved(
  client: LoopbackClient,
  options: { concurrency: number; secondsPerRound: number; rounds: number },
  phases: LoopPhase[],
): Promise<{ pooled: PhaseResult[]; rounds: PhaseResult[][] }> {
  const pooled = phases.map(() => ({ latencies: [] as number[], statuses: new Map<number, number>(), seconds: 0 }));
  const rounds: PhaseResult[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = phases.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    const results: PhaseResult[] = [];
    for (const index of order) {
      const phase = phases[index]!;
      await phase.before?.();
      const { latencies, ...result } = await runClosedLoop(client, { concurrency: options.concurrency, seconds: options.secondsPerRound, next: phase.next, okStatuses: phase.okStatuses });
      const into = pooled[index]!;
      for (const latency of latencies) into.latencies.push(latency);
      into.seconds += result.seconds;
      for (const [status, count] of Object.entries(result.statuses)) {
        const code = status === "timeout" ? -2 : status === "network" ? -1 : Number(status);
        into.statuses.set(code, (into.statuses.get(code) ?? 0) + count);
      }
      results[index] = result;
      await phase.after?.(result);
    }
    rounds.push(results);
  }
  return { pooled: pooled.map((into, index) => summarize(into.latencies, into.statuses, into.seconds, phases[index]!.okStatuses)), rounds };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open loop: request i is due at start + i/rate, whether or not earlier ones have answered, so a slow
 * server cannot slow the arrivals down. Latency counts from the scheduled time (no coordinated omission).
 */
export async function runOpenLoop(
  client: LoopbackClient,
  options: { rate: number; seconds: number; next: () => Request | null; okStatuses: number[] },
): Promise<PhaseResult & { late: number }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const pending: Promise<void>[] = [];
  let late = 0;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    if (performance.now() - due > 5) late++;
    const request = options.next();
    if (!request) break;
    pending.push(
      client.send(request).then((reply) => {
        latencies.push(performance.now() - due);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      }),
    );
  }
  await Promise.all(pending);
  const scheduledSeconds = Math.max(pending.length * interval, 1) / 1000;
  return { ...summarize(latencies, statuses, scheduledSeconds, options.okStatuses), late };
}

/** Sequential requests after a warm-up, `count` of them or as many as fit in `maxSeconds`; latency per request. */
export async function runSequential(
  client: LoopbackClient,
  options: { warmup: number; count: number; maxSeconds: number; request: Request; okStatuses: number[] },
): Promise<PhaseResult & { lastBody: string }> {
  let lastBody = "";
  for (let i = 0; i < options.warmup; i++) await client.send(options.request);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  for (let i = 0; i < options.count && performance.now() < deadline; i++) {
    const sent = performance.now();
    const reply = await client.send(options.request);
    latencies.push(performance.now() - sent);
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    lastBody = reply.body;
  }
  return { ...summarize(latencies, statuses, (performance.now() - started) / 1000, options.okStatuses), lastBody };
}
