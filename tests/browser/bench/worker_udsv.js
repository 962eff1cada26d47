// uDSV 0.7.3 streaming: File.stream() through TextDecoderStream, chunks to the incremental parser
// with a reducer (no accumulation), string arrays converted by hand. In its own Web Worker.
'use strict';
importScripts('/node_modules/udsv/dist/uDSV.iife.min.js', 'workload.js');
self.onmessage = async ({ data: file }) => {
  try {
    const w = new Workload();
    let parser = null;
    let col = null;
    const reducer = (row) => w.add(row[col.status], row[col.channel], row[col.fr], row[col.csat]);
    const stream = file.stream().pipeThrough(new TextDecoderStream());
    for await (const text of stream) {
      if (!parser) {
        const schema = uDSV.inferSchema(text);
        const names = schema.cols.map((c) => c.name);
        col = { status: names.indexOf('status'), channel: names.indexOf('channel'),
                fr: names.indexOf('first_response_seconds'), csat: names.indexOf('csat') };
        parser = uDSV.initParser(schema);
      }
      parser.chunk(text, parser.stringArrs, reducer);
    }
    parser.end();
    self.postMessage({ result: w.result() });
  } catch (e) {
    self.postMessage({ error: String(e && e.stack || e) });
  }
};
