#!/usr/bin/env node
// Prisma 7's CLI downloads a native schema engine on every command, which fails offline.
// This program stands in for that binary: it speaks the same JSON-RPC over stdio and runs the
// official WebAssembly build of the engine (@prisma/schema-engine-wasm) over a pg pool.
"use strict";
const fs = require("node:fs");
const crypto = require("node:crypto");
const readline = require("node:readline");

const ENGINE_VERSION = "8.1.0 (groundwork wasm shim)";

function parseArgs(argv) {
  const parsed = { datamodels: [], datasource: {}, cliCommand: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") parsed.version = true;
    else if (arg === "--datamodels") parsed.datamodels.push(argv[++i]);
    else if (arg === "--datasource") parsed.datasource = JSON.parse(argv[++i]);
    else if (arg === "cli") parsed.cliCommand = argv[++i];
  }
  return parsed;
}

const args = parseArgs(process.argv.slice(2));
const jsonOut = process.stdout.write.bind(process.stdout);

function logError(message) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level: "ERROR", fields: { message }, target: "schema_engine" }) + "\n",
  );
}

// adapter-pg does not map Postgres' internal "char" type (oid 18) that the catalog queries return; read it as text.
function catalogSafePool(connectionString) {
  const { Pool } = require("pg");
  const pool = new Pool({ connectionString });
  const query = pool.query.bind(pool);
  pool.query = async (...queryArgs) => {
    const result = await query(...queryArgs);
    for (const part of Array.isArray(result) ? result : [result]) {
      for (const field of part?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    }
    return result;
  };
  return pool;
}

async function loadWasmEngine() {
  // The package is a wasm-bindgen bundler build; Node cannot import the .wasm directly, so instantiate it here.
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  if (typeof instance.exports.__wbindgen_start === "function") instance.exports.__wbindgen_start();
  return glue.SchemaEngine;
}

async function createEngine() {
  const SchemaEngine = await loadWasmEngine();
  const { PrismaPg } = require("@prisma/adapter-pg");
  const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
  const url = args.datasource.url || process.env.DATABASE_URL;
  if (!url) throw new Error("No database URL: set DATABASE_URL.");
  const adminPool = catalogSafePool(url);
  const factory = new PrismaPg(adminPool);

  // `migrate dev` diffs against a shadow database; create a throw-away one unless one is configured.
  factory.connectToShadowDb = async () => {
    let shadowUrl = args.datasource.shadowDatabaseUrl;
    let temporary = null;
    if (!shadowUrl) {
      temporary = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await adminPool.query(`CREATE DATABASE "${temporary}"`);
      const u = new URL(url);
      u.pathname = `/${temporary}`;
      shadowUrl = u.toString();
    }
    const adapter = await new PrismaPg(catalogSafePool(shadowUrl), { disposeExternalPool: true }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      if (temporary) await adminPool.query(`DROP DATABASE IF EXISTS "${temporary}" WITH (FORCE)`);
    };
    return adapter;
  };

  const datamodels = args.datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
  const onLog = (message) => {
    process.stderr.write((typeof message === "string" ? message : JSON.stringify(message)) + "\n");
  };
  return SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

async function withClient(connectionString, fn) {
  const { Client } = require("pg");
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

async function runCliCommand(command) {
  const url = args.datasource.url;
  if (command === "can-connect-to-database") return withClient(url, async () => {});
  if (command === "create-database") {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.slice(1));
    target.pathname = "/postgres";
    return withClient(target.toString(), (client) => client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`));
  }
  throw new Error(`unsupported cli command ${command}`);
}

function reply(id, result) {
  jsonOut(JSON.stringify({ jsonrpc: "2.0", id, result }) + "\n");
}

function replyError(id, err) {
  const message = String(err?.message ?? err);
  const code = /\b(P\d{4})\b/.exec(message)?.[1];
  const data = { is_panic: false, message, error_code: code, meta: {} };
  jsonOut(JSON.stringify({ jsonrpc: "2.0", id, error: { code: err?.code ?? 4466, message, data } }) + "\n");
}

function serveJsonRpc() {
  // stdout carries JSON-RPC; the engine prints some results (migrate diff --script) directly, so wrap
  // any such write as a "print" request the way the native engine does.
  let printId = 1_000_000;
  process.stdout.write = (chunk, encoding, callback) => {
    const content = String(chunk).replace(/\n$/, "");
    jsonOut(JSON.stringify({ jsonrpc: "2.0", id: printId++, method: "print", params: { content } }) + "\n");
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") done();
    return true;
  };

  let engine = null;
  const inFlight = new Set();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return;
    }
    if ("result" in request || "error" in request) return; // answers to our own print requests
    const task = (async () => {
      try {
        if (request.method === "version") return reply(request.id, ENGINE_VERSION);
        engine ??= createEngine();
        const instance = await engine;
        if (typeof instance[request.method] !== "function") {
          throw Object.assign(new Error(`Method not found: ${request.method}`), { code: -32601 });
        }
        const result = await instance[request.method](request.params ?? {});
        if (request.method === "diff" && result?.stdout) process.stdout.write(result.stdout);
        reply(request.id, result === undefined ? {} : result);
      } catch (err) {
        replyError(request.id, err);
      }
    })();
    inFlight.add(task);
    task.finally(() => inFlight.delete(task));
  });
  lines.on("close", async () => {
    await Promise.allSettled([...inFlight]);
    process.exit(0);
  });
}

if (args.version) {
  jsonOut(`schema-engine-cli ${ENGINE_VERSION}\n`);
  process.exit(0);
} else if (args.cliCommand) {
  runCliCommand(args.cliCommand).then(
    () => process.exit(0),
    (err) => {
      logError(String(err?.message ?? err));
      process.exit(1);
    },
  );
} else {
  serveJsonRpc();
}
