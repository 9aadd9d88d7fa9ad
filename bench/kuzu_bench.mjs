// kuzu_bench.mjs — Kùzu side by side with kgq-bench on the same generated graph: loads DIR's CSVs
// (kgq-gen / gen.py) into an in-memory Kùzu database, runs Q1–Q7 and the workloads W1–W6, checks
// every answer that params.json and workloads.json give, and prints a table. With --kgq-bench it
// first runs kgq-bench on the same DIR and prints both systems' medians in one table.
//
//   npm install --prefix "$TMPDIR/kuzu" kuzu@0.11.3        # once, outside the repository
//   node bench/kuzu_bench.mjs DIR --kuzu "$TMPDIR/kuzu" [--kgq-bench build/kgq-bench]
//        [--runs N] [--only Q1,W2] [--threads N] [--buffer-mib N] [--timeout-s S]
//
// Timing is end to end per run, like kgq-bench's fresh-connection figure: prepare (parse, bind,
// plan) + execute + fetching every row. A query Kùzu rejects is reported as unsupported with its
// message, a wrong answer as MISMATCH (exit code 3). Kùzu's dialect differs in three places,
// shown in the output: shortest paths (`* SHORTEST`), `label(e)` for `type(e)` and
// `CAST(i AS STRING)` for `toString(i)`. The writing workloads run once each, one after the other
// on the loaded database (W1 writes only new Tag nodes, W3 only Company nodes, W4 only new DEAL
// edges between ids W3 does not touch, so none changes what another checks). This is a tool: no
// test asserts a time.
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function usage(code) {
  console.error(
    "usage: node bench/kuzu_bench.mjs DIR --kuzu NPM_PREFIX [--kgq-bench PATH] [--runs N] [--only Q1,W2]\n" +
      "       [--threads N] [--buffer-mib N] [--timeout-s S]\n" +
      "  DIR holds the CSVs, params.json and workloads.json (kgq-gen --scale S|L --out DIR --workloads);\n" +
      "  NPM_PREFIX is where `npm install --prefix NPM_PREFIX kuzu@0.11.3` was run (or set KGQ_KUZU)."
  );
  process.exit(code);
}

const opts = { runs: 5, only: "", threads: 0, bufferMib: 4096, timeoutS: 120, kuzu: process.env.KGQ_KUZU || "" };
let dir = "";
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const next = () => (i + 1 < process.argv.length ? process.argv[++i] : usage(2));
  if (a === "--runs") opts.runs = Math.max(1, parseInt(next(), 10));
  else if (a === "--only") opts.only = "," + next() + ",";
  else if (a === "--threads") opts.threads = parseInt(next(), 10);
  else if (a === "--buffer-mib") opts.bufferMib = parseInt(next(), 10);
  else if (a === "--timeout-s") opts.timeoutS = parseFloat(next());
  else if (a === "--kuzu") opts.kuzu = next();
  else if (a === "--kgq-bench") opts.kgqBench = next();
  else if (a === "-h" || a === "--help") usage(0);
  else if (!a.startsWith("-") && !dir) dir = a;
  else usage(2);
}
if (!dir || !opts.kuzu) usage(2);
const wanted = (name) => !opts.only || opts.only.includes("," + name + ",");

// ---- kgq first (its own process, so the two never share memory or a core's caches) ----
let kgqFigures = null;
if (opts.kgqBench) {
  const jsonPath = path.join(os.tmpdir(), `kgq-bench-${process.pid}.json`);
  const args = [dir, "--json", jsonPath, "--runs", String(Math.max(5, opts.runs))];
  if (opts.only) args.push("--only", opts.only.slice(1, -1));
  console.log(`== kgq: ${opts.kgqBench} ${args.join(" ")}`);
  const run = spawnSync(opts.kgqBench, args, { stdio: "inherit" });
  if (run.status !== 0) console.log(`kgq-bench exited with ${run.status}`);
  try {
    kgqFigures = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
    fs.unlinkSync(jsonPath);
  } catch (e) {
    console.log(`kgq-bench wrote no figures: ${e.message}`);
  }
}

const require = createRequire(path.join(path.resolve(opts.kuzu), "node_modules", "_"));
const kuzu = require("kuzu");
const params = JSON.parse(fs.readFileSync(path.join(dir, "params.json"), "utf8"));
const work = JSON.parse(fs.readFileSync(path.join(dir, "workloads.json"), "utf8"));

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const num = (x) => (typeof x === "bigint" ? Number(x) : x);

// ---- Load: schema from the CSV names and headers, then COPY ----
const db = new kuzu.Database(":memory:", opts.bufferMib * 1024 * 1024);
const conn = new kuzu.Connection(db, opts.threads > 0 ? opts.threads : null);
conn.setQueryTimeout(opts.timeoutS * 1000);
const files = fs.readdirSync(dir).sort();
const header = (f) => fs.readFileSync(path.join(dir, f), "utf8").slice(0, 200).split("\n")[0].split(",");
const colType = { founded: "INT64", revenue: "DOUBLE", since: "INT64" };
const tLoad = process.hrtime.bigint();
const relPairs = new Map(); // type -> [{file, from, to, props}]
for (const f of files) {
  let m = f.match(/^nodes_(\w+)\.csv$/);
  if (m) {
    const cols = header(f).map((c) => `${c} ${colType[c] || "STRING"}`);
    await conn.query(`CREATE NODE TABLE ${m[1]}(${cols.join(", ")}, PRIMARY KEY(id))`);
    continue;
  }
  m = f.match(/^edges_(\w+)_([A-Za-z]+)_([A-Za-z]+)\.csv$/);
  if (m) {
    if (!relPairs.has(m[1])) relPairs.set(m[1], []);
    relPairs.get(m[1]).push({ file: f, from: m[2], to: m[3], props: header(f).slice(2) });
  }
}
for (const f of files) {
  const m = f.match(/^nodes_(\w+)\.csv$/);
  if (m) await conn.query(`COPY ${m[1]} FROM '${path.join(dir, f)}' (HEADER=true)`);
}
for (const [type, pairs] of relPairs) {
  const props = pairs[0].props.map((c) => `, ${c} ${colType[c] || "STRING"}`).join("");
  await conn.query(`CREATE REL TABLE ${type}(${pairs.map((p) => `FROM ${p.from} TO ${p.to}`).join(", ")}${props})`);
  for (const p of pairs) {
    const pairOpts = pairs.length > 1 ? `, from='${p.from}', to='${p.to}'` : "";
    await conn.query(`COPY ${type} FROM '${path.join(dir, p.file)}' (HEADER=true${pairOpts})`);
  }
}
const loadMs = ms(tLoad);
console.log(`\n== Kùzu ${kuzu.VERSION ?? "0.11.3"}: loaded ${dir} in ${(loadMs / 1000).toFixed(2)} s ` +
  `(buffer pool ${opts.bufferMib} MiB, ${opts.threads > 0 ? opts.threads : "default"} threads); ` +
  `RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);

// ---- Queries ----
// Returns {rows} or {error}; timed end to end.
async function runQuery(text, args) {
  const t0 = process.hrtime.bigint();
  try {
    let r;
    if (args) {
      const ps = await conn.prepare(text);
      if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
      r = await conn.execute(ps, args);
    } else {
      r = await conn.query(text);
    }
    const rows = await r.getAll();
    return { rows, ms: ms(t0) };
  } catch (e) {
    return { error: String(e.message || e).split("\n")[0] };
  }
}
const col = (row, i) => num(Object.values(row)[i]);
const scalar = (want) => (rows) =>
  rows.length === 1 && col(rows[0], 0) === want ? "" : `expected ${want}, got ${JSON.stringify(rows.slice(0, 3), (k, v) => (typeof v === "bigint" ? Number(v) : v))}`;
const rowOf = (want, what) => (rows) => {
  if (rows.length !== 1) return `${what}: expected 1 row, got ${rows.length}`;
  for (let i = 0; i < want.length; i++)
    if (col(rows[0], i) !== want[i]) return `${what}: column ${i} expected ${want[i]}, got ${col(rows[0], i)}`;
  return "";
};

const results = [];
async function measure(name, text, { args, check, write, perRow = 1, note = "" }) {
  if (!wanted(name)) return;
  const out = { name, text, note, times: [], status: "ok", perRow };
  const runs = write ? 1 : opts.runs;
  let spent = 0;
  for (let i = write ? 1 : 0; i <= runs; i++) {
    const r = await runQuery(text, args);
    if (r.error) {
      out.status = /Parser|Binder|Catalog|not supported|Not implemented/i.test(r.error) ? "unsupported" : "ERROR";
      out.message = /^Interrupted/.test(r.error) ? `timed out after ${opts.timeoutS} s (--timeout-s)` : r.error;
      break;
    }
    const bad = check ? await check(r.rows) : "";
    if (bad && out.status === "ok") {
      // A verification query that could not run (e.g. timed out) is no wrong answer.
      out.status = bad.startsWith("verification failed") ? "ERROR" : "MISMATCH";
      out.message = bad;
    }
    if (i > 0) {
      out.times.push(r.ms);
      spent += r.ms;
      if (spent > 60000) break;
    }
  }
  if (check && out.status === "ok") out.status = "ok (checked)";
  results.push(out);
  console.error(`${name} ${out.status}${out.message ? ": " + out.message : ""}`);
}
async function verifyAll(checks) {
  for (const [text, check, args] of checks) {
    const r = await runQuery(text, args);
    if (r.error) return `verification failed: ${/^Interrupted/.test(r.error) ? `timed out after ${opts.timeoutS} s` : r.error}`;
    const bad = check(r.rows);
    if (bad) return bad;
  }
  return "";
}

const src = { src: params.q_source };
const exp = params.expected || {};
await measure("Q1", "MATCH (c:Company {id: $src}) RETURN c.name", { args: src });
await measure("Q2", "MATCH (p:Person)-[:WORKS_FOR]->(c:Company {id: $src}) RETURN count(*)", { args: src, check: scalar(exp.Q2) });
await measure("Q3", "MATCH (c:Company)-[:LOCATED_IN]->(:City)-[:LOCATED_IN]->(r:Region) RETURN r.name, count(*) AS n ORDER BY n DESC LIMIT 10", {});
await measure("Q4", "MATCH (c:Company) WHERE c.founded > 2015 AND c.revenue > 500.0 RETURN c.name ORDER BY c.revenue DESC LIMIT 20", {});
await measure("Q5", "MATCH (a:Company {id: $src})-[:PARTNERS_WITH*1..3]->(b:Company) RETURN count(DISTINCT b)", { args: src, check: scalar(exp.Q5) });
await measure("Q6", "MATCH p = (a:Company {id: $src})-[:PARTNERS_WITH* SHORTEST 1..10]->(b:Company {id: $tgt}) RETURN length(p)",
  { args: { src: params.q_source, tgt: params.q6_target }, check: scalar(exp.Q6), note: "Kùzu: * SHORTEST for shortestPath()" });
await measure("Q7", "MATCH ()-[e]->() RETURN label(e) AS t, count(*) AS c ORDER BY t", {
  note: "Kùzu: label(e) for type(e)",
  check: (rows) => {
    const want = Object.entries(exp.Q7 || {}).sort(([a], [b]) => (a < b ? -1 : 1));
    const got = rows.map((r) => [col(r, 0), col(r, 1)]);
    return JSON.stringify(got) === JSON.stringify(want) ? "" : `expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
  },
});

const w2Names = [...work.W2.names].sort();
await measure("W2", "UNWIND $ids AS x MATCH (c:Company {id: x}) RETURN c.name", {
  args: { ids: work.W2.ids }, perRow: work.W2.ids.length,
  check: (rows) => {
    const got = rows.map((r) => col(r, 0)).sort();
    return JSON.stringify(got) === JSON.stringify(w2Names) ? "" : `names differ from workloads.json (${got.length} rows)`;
  },
});
await measure("W5", "MATCH (p:Person), (i:Industry) WHERE p.name = i.name RETURN count(*)", { check: scalar(work.W5.count) });
await measure("W6", "MATCH (p:Person)-[:WORKS_FOR]->(c:Company) WHERE c.founded = 2018 RETURN c.name AS name, count(p) AS n ORDER BY n DESC, name", {
  check: (rows) => {
    const got = rows.map((r) => [col(r, 0), col(r, 1)]);
    if (got.length !== work.W6.rows.length) return `expected ${work.W6.rows.length} rows, got ${got.length}`;
    const i = got.findIndex((g, k) => g[0] !== work.W6.rows[k][0] || g[1] !== work.W6.rows[k][1]);
    return i < 0 ? "" : `row ${i}: expected ${JSON.stringify(work.W6.rows[i])}, got ${JSON.stringify(got[i])}`;
  },
});

// Writes: the tables they need first (untimed; kgq needs no schema).
const before = await runQuery("MATCH (n) RETURN count(*)");
const nodesBefore = before.rows ? col(before.rows[0], 0) : -1;
if (wanted("W1")) await conn.query("CREATE NODE TABLE Tag(id STRING, n INT64, PRIMARY KEY(id))");
await measure("W1", "UNWIND range(1,1000000) AS i CREATE (:Tag {id: 't' + CAST(i AS STRING), n: i})", {
  write: true, perRow: 1e6, note: "Kùzu: CAST(i AS STRING) for toString(i)",
  check: () => verifyAll([
    ["MATCH (t:Tag) RETURN count(*), sum(t.n)", rowOf([1e6, 500000500000], "after W1, Tag count and sum(n)")],
    ["MATCH (n) RETURN count(*)", rowOf([nodesBefore + 1e6], "after W1, node count")],
  ]),
});
const rows = work.W3.rows;
await measure("W3", "UNWIND $rows AS r MERGE (c:Company {id: r.id}) ON CREATE SET c.name = r.name, c.revenue = r.revenue ON MATCH SET c.revenue = r.revenue", {
  args: { rows }, write: true, perRow: rows.length,
  check: () => verifyAll([
    ["MATCH (c:Company) RETURN count(*)", rowOf([work.W3.companies_after], "after W3, Company count")],
    ["UNWIND $rows AS r MATCH (c:Company {id: r.id}) RETURN count(*), sum(CASE WHEN c.revenue = r.revenue THEN 1 ELSE 0 END), sum(CASE WHEN c.name = r.name THEN 1 ELSE 0 END)",
      rowOf([rows.length, rows.length, rows.length - work.W3.existing], "after W3, rows found / revenue set / name set"), { rows }],
  ]),
});
const pairs = work.W4.pairs.map(([a, b]) => ({ a, b }));
if (wanted("W4")) await conn.query("CREATE REL TABLE DEAL(FROM Company TO Company)");
await measure("W4", "UNWIND $pairs AS p MATCH (a:Company {id: p.a}), (b:Company {id: p.b}) CREATE (a)-[:DEAL]->(b)", {
  args: { pairs }, write: true, perRow: pairs.length,
  check: () => verifyAll([
    ["MATCH ()-[r:DEAL]->() RETURN count(*)", rowOf([pairs.length], "after W4, DEAL count")],
    ["MATCH ()-[r]->() RETURN count(*)", rowOf([work.W4.edges_after], "after W4, edge count")],
  ]),
});

// ---- Table ----
const kgqOf = (name) => {
  if (!kgqFigures) return null;
  const q = (kgqFigures.queries || {})[name] || (kgqFigures.workloads || {})[name];
  return q && q.median_ms !== undefined ? q.median_ms : null;
};
const f3 = (x) => (x === null || x === undefined ? "-" : x < 1 ? x.toFixed(4) : x < 100 ? x.toFixed(2) : x.toFixed(0));
console.log(`\n${"q".padEnd(4)} ${"Kùzu ms".padStart(12)} ${"per-row us".padStart(11)} ${"runs".padStart(5)} ${kgqFigures ? "kgq wall ms".padStart(12) + " " + "Kùzu/kgq".padStart(9) + " " : ""} status`);
for (const r of results) {
  const med = r.times.length ? median(r.times) : null;
  const k = kgqOf(r.name);
  const ratio = med !== null && k ? (med / k).toFixed(1) + "x" : "-";
  const perRow = med !== null && r.perRow > 1 ? ((med * 1000) / r.perRow).toFixed(2) : "-";
  console.log(`${r.name.padEnd(4)} ${f3(med).padStart(12)} ${perRow.padStart(11)} ${String(r.times.length).padStart(5)} ` +
    `${kgqFigures ? f3(k).padStart(12) + " " + ratio.padStart(9) + " " : ""} ${r.status}${r.message ? ": " + r.message : ""}${r.note ? "  (" + r.note + ")" : ""}`);
}
if (kgqFigures) console.log(`load: Kùzu ${(loadMs / 1000).toFixed(2)} s, kgq ${(kgqFigures.load_ms / 1000).toFixed(2)} s; ` +
  `peak RSS: Kùzu process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB, kgq ${kgqFigures.peak_rss_after_load_mib?.toFixed?.(0)} MiB after load`);
else console.log(`load: Kùzu ${(loadMs / 1000).toFixed(2)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
process.exit(results.some((r) => r.status === "MISMATCH") ? 3 : 0);
