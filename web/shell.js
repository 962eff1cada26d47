// The page around the WebAssembly module: hands dropped and picked files to it as bytes (streamed,
// never through a virtual file system), and offers window.carescore, the page's JavaScript API.
'use strict';
(() => {
  const canvas = document.getElementById('canvas');
  const boot = document.getElementById('boot');
  const input = document.getElementById('file-input');
  const overlay = document.getElementById('drop-overlay');

  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });

  const Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    onCareScoreReady() {
      boot.hidden = true;
      markReady();
    },
    onAbort(what) {
      boot.textContent = 'CareScore stopped because of an internal error. Reload the page to start again. (' + what + ')';
      boot.hidden = false;
    },
  };
  window.Module = Module;

  // Streams one File into the module chunk by chunk, reusing one heap buffer, so memory holds
  // at most a chunk of the file beyond what the engine keeps.
  // Where the browser offers it (Blob streams are byte streams), a BYOB reader fills one reused
  // block: the default reader allocates a fresh ArrayBuffer for every chunk, and the first touch of
  // that fresh memory is most of its cost (146 MB drained in 1.4-1.6 s in Chromium on our VMs,
  // against 0.25-0.36 s into one reused block).
  const kBlockBytes = 2 << 20;
  async function readFile(file) {
    const id = Module.ccall('cs_file_begin', 'number', ['string', 'number'], [file.name, file.size]);
    let buffer = 0;
    let capacity = 0;
    // Copies bytes into the heap and hands them on; false once the file wants no more.
    const feed = (bytes) => {
      if (bytes.length > capacity) {
        if (buffer) Module._free(buffer);
        capacity = bytes.length;
        buffer = Module._malloc(capacity);
        if (!buffer) throw new Error('out of memory while reading this file');
      }
      Module.HEAPU8.set(bytes, buffer);  // HEAPU8 is re-read: memory growth replaces it
      return Module._cs_file_chunk(id, buffer, bytes.length) !== 0;  // 0: cancelled, or failed
    };
    try {
      const stream = file.stream();
      let byob = null;
      try { byob = stream.getReader({ mode: 'byob' }); } catch { /* not a byte stream here */ }
      if (byob) {
        let block = new ArrayBuffer(kBlockBytes);
        for (let done = false; !done;) {
          let filled = 0;
          while (filled < block.byteLength) {
            const result = await byob.read(new Uint8Array(block, filled));  // detaches block: use the returned one
            if (result.value) block = result.value.buffer;
            if (result.done) { done = true; break; }
            filled += result.value.byteLength;
          }
          if (filled && !feed(new Uint8Array(block, 0, filled))) {
            await byob.cancel();
            break;
          }
        }
      } else {
        const reader = stream.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!feed(value)) {
            await reader.cancel();
            break;
          }
        }
      }
      Module._cs_file_end(id);
    } catch (error) {
      Module.ccall('cs_file_fail', null, ['number', 'string'], [id, String(error && error.message || error)]);
    } finally {
      if (buffer) Module._free(buffer);
    }
    return id;
  }

  async function loadFiles(files) {
    await ready;
    const ids = [];
    for (const item of files) {
      const file = item instanceof Blob ? item : new File([item.bytes], item.name);
      ids.push(await readFile(file));  // one at a time: progress per file, bounded memory
    }
    return ids;
  }

  // Timings of the last files chosen through the input, from its 'change' event to the tables
  // read (for the browser benchmark, tests/browser/bench/): {startMs, endMs, ids, count}.
  let lastLoad = null;
  let loadCount = 0;
  input.addEventListener('change', () => {
    const startMs = performance.now();
    const files = Array.from(input.files);
    input.value = '';  // choosing the same file again still fires 'change'
    loadFiles(files).then((ids) => { lastLoad = { startMs, endMs: performance.now(), ids, count: ++loadCount }; });
  });

  // A standards profile picked after the editor's "Import profile…": its text goes to the editor.
  const profileInput = document.getElementById('profile-input');
  async function importProfile(text, name = 'profile.json') {
    await ready;
    Module.ccall('cs_import_profile', null, ['string', 'string'], [String(name), String(text)]);
  }
  profileInput.addEventListener('change', async () => {
    const file = profileInput.files[0];
    profileInput.value = '';
    if (file) await importProfile(await file.text(), file.name);
  });

  // Drop anywhere on the page. dragenter/dragleave fire for every child, so count them.
  let dragDepth = 0;
  const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth += 1;
    overlay.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    if (event.dataTransfer) loadFiles(Array.from(event.dataTransfer.files));
  });

  // Text pasted into the page reaches ImGui through the clipboard callback (web_input.cpp).
  document.addEventListener('paste', (event) => {
    Module.pastedText = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
  });

  const callJson = (name, types = [], args = []) => JSON.parse(Module.ccall(name, 'string', types, args));
  // A setter of the app: '' when done, else the reason, thrown as an Error.
  const command = (name, value) => {
    const error = Module.ccall(name, 'string', ['string'], [typeof value === 'string' ? value : JSON.stringify(value)]);
    if (error) throw new Error(error);
  };

  window.carescore = Object.freeze({
    ready,
    // Files: a FileList, File objects, or {name, bytes: Uint8Array}. Resolves when all are read.
    loadFiles,
    lastLoad: () => lastLoad,
    state: () => callJson('cs_state_json'),
    files: () => callJson('cs_state_json').files,
    // Code points of `text` the UI font cannot draw (empty: every character renders for real).
    missingGlyphs: (text) => callJson('cs_missing_glyphs_json', ['string'], [text]),
    framesRendered: () => Module._cs_frames_rendered(),
    // Settings: 'en' | 'vi' | 'ru'; 'light' | 'dark'. Throw on anything else.
    setLanguage: (code) => {
      if (!Module.ccall('cs_set_language', 'number', ['string'], [String(code)])) throw new Error(`unknown language: ${code}`);
    },
    setTheme: (name) => {
      if (!Module.ccall('cs_set_theme', 'number', ['string'], [String(name)])) throw new Error(`unknown theme: ${name}`);
    },
    // The analysis. A profile: its JSON document (text or object); added and made active.
    setProfile: (profile) => command('cs_set_profile', profile),
    // A preset ('last_7_days', 'last_30_days', 'this_month', 'last_month', 'all') or
    // {from, to, compareFrom, compareTo, compare}, dates as 'YYYY-MM-DD' in the analysis zone.
    setPeriod: (period) => command('cs_set_period', typeof period === 'string' ? JSON.stringify(period) : period),
    // {channel: ['chat'], team: [], agent: [], priority: [], 'customer.segment': []}: replaces every filter.
    setFilters: (filters) => command('cs_set_filters', filters),
    // A tab: 'scorecard', 'trends', 'service_level', 'surveys', 'agents', 'topics', 'goals', 'data',
    // or the standards editor 'standards'. Throws "unknown view: …" for any other name.
    openView: (name) => command('cs_open_view', String(name)),
    // A standard's drill-down by id; '' returns to the cards.
    openStandard: (id) => command('cs_open_standard', String(id)),
    // The current scorecard: the same document as the CLI's `carescore score --format json`.
    scorecard: () => {
      const result = callJson('cs_scorecard_json');
      if (result && result.error) throw new Error(result.error);
      return result;
    },
    // 'json' | 'csv' | 'html': downloaded as a file, and returned as {fileName, mimeType, text}.
    exportScorecard: (format) => {
      const result = callJson('cs_export_scorecard', ['string'], [String(format)]);
      if (result.error) throw new Error(result.error);
      return result;
    },
    // Takes a loaded file (its id in state().files) out of the analysis; throws for an unknown id.
    removeFile: (id) => {
      if (!Module._cs_remove_file(Number(id))) throw new Error(`no file with id ${id}`);
    },
    // Clears what this browser keeps (settings, profiles, mappings) and starts again with the demo.
    forgetEverything: () => Module._cs_forget_everything(),
    // The chart gallery: every chart type on fixed demo series (for checking charts and their
    // translations); the files view comes back with showGallery(false).
    showGallery: (show = true) => Module._cs_show_gallery(show ? 1 : 0),
    // Development and tests: analyse a generated dataset of this many contacts (three months, with
    // surveys, orders, customers and agent time in proportion) instead of the loaded files.
    useGeneratedData: (contacts = 20000) => Module._cs_use_generated_data(Number(contacts)),
    // A standards profile as JSON text, as if picked through the editor's "Import profile…".
    importProfile,
    // Mapping review: one column of a loaded file (its id in state().files) feeds another
    // canonical field ('' = not used); the file is re-mapped at once. Throws with the reasons
    // when the change is refused (unknown column or field).
    setColumnField: (file, column, field) => {
      const problems = callJson('cs_set_column_field', ['number', 'string', 'string'], [Number(file), String(column), String(field)]);
      if (problems.length) throw new Error(problems.join('; '));
    },
    // Mapping review: the unit of a duration column's bare numbers, in seconds (1, 60, 3600).
    setColumnUnit: (file, column, unitSeconds) => {
      const problems = callJson('cs_set_column_unit', ['number', 'string', 'number'], [Number(file), String(column), Number(unitSeconds)]);
      if (problems.length) throw new Error(problems.join('; '));
    },
  });
})();
