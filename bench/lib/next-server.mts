// A production build of the app in its own dist dir, and `next start` on a free port, detached so the
// whole process group can be stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../../scripts/lib/app-database.mts";
import { run } from "../../scripts/lib/run.mts";

export const BENCH_DIST_DIR = ".next-bench";
const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
export const benchDistPath = path.join(projectRoot, BENCH_DIST_DIR);

/**
 * `next build` into .next-bench. Compile mode: the bundles `next start` serves are the same, but it skips
 * the type check (other people's unfinished files must not fail a benchmark) and leaves tsconfig.json alone
 * (a full build adds the dist dir's type globs to it).
 */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const result = await run(process.execPath, [nextBin, "build", "--experimental-build-mode=compile"], {
    cwd: projectRoot,
    env: { ...env, NEXT_DIST_DIR: BENCH_DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.code !== 0) {
    const tail = result.output.split("\n").slice(-40).join("\n");
    throw new Error(`next build failed:\n${tail}`);
  }
  return (performance.now() - started) / 1000;
}

export function removeBuild(): void {
  if (existsSync(benchDistPath)) rmSync(benchDistPath, { recursive: true, force: true });
}

export type AppServer = { port: number; pid: number; errors: () => string[]; stop: () => Promise<void> };

export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    env: { ...env, NEXT_DIST_DIR: BENCH_DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(line);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/ping`);
      if (response.ok) return { port, pid: child.pid!, errors: () => lines.filter((line) => /error/i.test(line)), stop };
    } catch {
      /* starting */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`next start did not answer /api/ping:\n${lines.slice(-20).join("\n")}`);
}
