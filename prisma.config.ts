import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7 would download its native schema engine on every command; the shim runs the wasm build offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "schema-engine-shim.cjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // process.env, not env(): `prisma generate` runs in postinstall on a fresh clone with no DATABASE_URL.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
