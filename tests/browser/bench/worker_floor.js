// The floor in a Web Worker: drain File.stream(), no processing; counts bytes.
'use strict';
importScripts('workload.js');
self.onmessage = async ({ data: file }) => self.postMessage({ result: await drainStream(file) });
