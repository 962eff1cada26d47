// The small workload every contender computes once the file is read, as CareScore has it at that
// point: row count, counts by status and by channel, the share of CSAT scores >= 4 (of those
// given), and the lower median of first_response_seconds. Shared by the page and the workers.
'use strict';
class Workload {
  constructor() {
    this.rows = 0;
    this.status = new Map();
    this.channel = new Map();
    this.csatGiven = 0;
    this.csatGood = 0;
    this.firstResponse = new Float64Array(1 << 20);
    this.firstResponseCount = 0;
  }
  // One row as strings, columns as in carescore-gen's tickets export.
  add(status, channel, firstResponse, csat) {
    this.rows += 1;
    this.status.set(status, (this.status.get(status) || 0) + 1);
    this.channel.set(channel, (this.channel.get(channel) || 0) + 1);
    if (csat !== '' && csat != null) {
      this.csatGiven += 1;
      if (+csat >= 4) this.csatGood += 1;
    }
    if (firstResponse !== '' && firstResponse != null) {
      if (this.firstResponseCount === this.firstResponse.length) {
        const grown = new Float64Array(this.firstResponse.length * 2);
        grown.set(this.firstResponse);
        this.firstResponse = grown;
      }
      this.firstResponse[this.firstResponseCount++] = +firstResponse;
    }
  }
  result() {
    const values = this.firstResponse.subarray(0, this.firstResponseCount).sort();
    return canonical({
      rows: this.rows, status: Object.fromEntries(this.status), channel: Object.fromEntries(this.channel),
      csatGiven: this.csatGiven, csatGoodRate: this.csatGiven ? this.csatGood / this.csatGiven : null,
      firstResponseValues: values.length, firstResponseMedian: values.length ? values[(values.length - 1) >> 1] : null,
    });
  }
}
// Sorted keys, so results compare as JSON strings.
function canonical(r) {
  const sort = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...r, status: sort(r.status), channel: sort(r.channel) };
}
// The floor's work: drain File.stream() without looking at the bytes, the fastest way a page can:
// a BYOB reader into one reused block where Blob streams are byte streams, as CareScore's page
// reads (web/shell.js; a fresh buffer per chunk costs its first touch), else the default reader.
async function drainStream(file) {
  let bytes = 0;
  const stream = file.stream();
  let byob = null;
  try { byob = stream.getReader({ mode: 'byob' }); } catch { /* not a byte stream here */ }
  if (byob) {
    let block = new ArrayBuffer(2 << 20);
    for (;;) {
      const { done, value } = await byob.read(new Uint8Array(block));  // detaches block: use the returned one
      if (value) {
        bytes += value.byteLength;
        block = value.buffer;
      }
      if (done) break;
    }
    return { bytes };
  }
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
  }
  return { bytes };
}
self.Workload = Workload;
self.drainStream = drainStream;
self.canonicalResult = canonical;
