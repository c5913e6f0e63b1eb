// CPU time of the processes a benchmark phase involves, read from /proc (Linux only; zeros elsewhere).
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

const TICKS_PER_SECOND = 100;

function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the command name: state is [0], so utime is [11] and stime is [12].
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

function processGroupMembers(pgid: number): number[] {
  try {
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

export type CpuSnapshot = { client: number; server: Map<number, number>; postgres: Map<number, number> };
export type CpuSpent = { clientMs: number; serverMs: number; postgresMs: number };

/** Samples the bench process, the server's process group and the database's backends. */
export class CpuMeter {
  constructor(
    private readonly serverPgid: number,
    private readonly adminUrl: string,
    private readonly database: string,
  ) {}

  private async backendPids(): Promise<number[]> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    try {
      await client.connect();
      const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [this.database]);
      return rows.map((row) => row.pid);
    } catch {
      return [];
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  async snapshot(): Promise<CpuSnapshot> {
    const read = (pids: number[]) => new Map(pids.flatMap((pid) => (cpuMsOf(pid) === null ? [] : [[pid, cpuMsOf(pid)!] as const])));
    const usage = process.cpuUsage();
    return { client: (usage.user + usage.system) / 1000, server: read(processGroupMembers(this.serverPgid)), postgres: read(await this.backendPids()) };
  }

  static spent(before: CpuSnapshot, after: CpuSnapshot): CpuSpent {
    const delta = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((sum, [pid, ms]) => sum + ms - (a.get(pid) ?? 0), 0);
    return { clientMs: after.client - before.client, serverMs: delta(before.server, after.server), postgresMs: delta(before.postgres, after.postgres) };
  }
}
