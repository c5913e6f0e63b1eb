import pg from "pg";

/** One sentence saying why a PostgreSQL URL cannot be used and what to do, or null when it works. */
export async function checkDatabaseUrl(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database.";
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    return `DATABASE_URL must start with postgresql:// (it starts with ${parsed.protocol}//).`;
  }
  const where = `${parsed.hostname}:${parsed.port || "5432"}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    const err = error as { code?: string; message?: string };
    switch (err.code) {
      case "ECONNREFUSED":
        return `Cannot reach PostgreSQL at ${where} (connection refused): start it, or unset DATABASE_URL to use the embedded database.`;
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return `Cannot resolve the database host "${parsed.hostname}": check DATABASE_URL.`;
      case "28P01":
      case "28000":
        return `PostgreSQL at ${where} refused the user or password in DATABASE_URL: check the credentials.`;
      case "3D000":
        return `The database "${parsed.pathname.slice(1)}" does not exist on ${where}: create it (createdb) or fix DATABASE_URL.`;
      default:
        return `Cannot use the database at ${where}: ${err.message ?? String(error)}. Check DATABASE_URL.`;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
