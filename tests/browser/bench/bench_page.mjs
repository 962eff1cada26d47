// The peers' side of the browser benchmark (run.mjs): ?contender=floor|floor-worker|papa|udsv|duckdb.
// Times from the input's 'change' event to the contender's result; exposes window.bench.
const contender = new URLSearchParams(location.search).get('contender');
const input = document.getElementById('f');
const bench = { contender, ready: false, done: null, error: null, setupMs: null };
window.bench = bench;

const DUCKDB = '/node_modules/@duckdb/duckdb-wasm/dist/';
const COLUMNS = "{'ticket_id': 'BIGINT', 'created_at': 'TIMESTAMP', 'channel': 'VARCHAR', 'status': 'VARCHAR', " +
  "'priority': 'VARCHAR', 'agent': 'VARCHAR', 'customer': 'VARCHAR', 'first_response_seconds': 'BIGINT', " +
  "'resolution_time': 'VARCHAR', 'csat': 'BIGINT', 'subject': 'VARCHAR'}";

function inWorker(script) {
  const worker = new Worker(script);
  return (file) => new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data.result));
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(file);
  });
}

async function duckdbContender() {
  const t0 = performance.now();
  const duckdb = await import(DUCKDB + 'duckdb-browser.mjs');
  const worker = new Worker(DUCKDB + 'duckdb-browser-eh.worker.js');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(DUCKDB + 'duckdb-eh.wasm');
  const conn = await db.connect();
  bench.setupMs = performance.now() - t0;
  const rows = async (sql) => (await conn.query(sql)).toArray().map((r) => r.toJSON());
  const num = (v) => (typeof v === 'bigint' ? Number(v) : v);
  let n = 0;
  return async (file) => {
    const name = `t${++n}.csv`;
    await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    await conn.query(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('${name}', header=true, columns=${COLUMNS})`);
    const [totals] = await rows(`SELECT count(*) AS rows, count(csat) AS csatGiven, avg(CASE WHEN csat >= 4 THEN 1.0 ELSE 0.0 END) FILTER (WHERE csat IS NOT NULL) AS rate,
      count(first_response_seconds) AS frn, quantile_disc(first_response_seconds, 0.5) AS median FROM t`);
    const status = Object.fromEntries((await rows('SELECT status AS k, count(*) AS n FROM t GROUP BY status')).map((r) => [r.k, num(r.n)]));
    const channel = Object.fromEntries((await rows('SELECT channel AS k, count(*) AS n FROM t GROUP BY channel')).map((r) => [r.k, num(r.n)]));
    return canonicalResult({ rows: num(totals.rows), status, channel, csatGiven: num(totals.csatGiven), csatGoodRate: num(totals.rate),
      firstResponseValues: num(totals.frn), firstResponseMedian: num(totals.median) });
  };
}

await import('./workload.js');  // drainStream, canonicalResult
const run = {
  floor: async () => self.drainStream,
  'floor-worker': async () => inWorker('worker_floor.js'),
  papa: async () => inWorker('worker_papa.js'),
  udsv: async () => inWorker('worker_udsv.js'),
  duckdb: duckdbContender,
}[contender];

const read = await run();
input.addEventListener('change', async () => {
  const startMs = performance.now();
  const file = input.files[0];
  try {
    const result = await read(file);
    bench.done = { startMs, endMs: performance.now(), result };
  } catch (e) {
    bench.error = String(e && e.stack || e);
  }
});
bench.ready = true;
