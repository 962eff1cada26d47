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
  async function readFile(file) {
    const id = Module.ccall('cs_file_begin', 'number', ['string', 'number'], [file.name, file.size]);
    let buffer = 0;
    let capacity = 0;
    try {
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.length > capacity) {
          if (buffer) Module._free(buffer);
          capacity = value.length;
          buffer = Module._malloc(capacity);
          if (!buffer) throw new Error('out of memory while reading this file');
        }
        Module.HEAPU8.set(value, buffer);  // HEAPU8 is re-read: memory growth replaces it
        if (!Module._cs_file_chunk(id, buffer, value.length)) {  // cancelled, or failed: stop reading
          await reader.cancel();
          break;
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

  input.addEventListener('change', () => {
    const files = Array.from(input.files);
    input.value = '';  // choosing the same file again still fires 'change'
    loadFiles(files);
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

  window.carescore = Object.freeze({
    ready,
    // Files: a FileList, File objects, or {name, bytes: Uint8Array}. Resolves when all are read.
    loadFiles,
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
    // The chart gallery: every chart type on fixed demo series (for checking charts and their
    // translations); the files view comes back with showGallery(false).
    showGallery: (show = true) => Module._cs_show_gallery(show ? 1 : 0),
    // An analysis view by name ('trends', 'service_level', 'surveys', 'agents', 'topics', 'goals',
    // 'standards'), or none with ''. Throws on an unknown name. The tab bar opens views the same way.
    openView: (name) => {
      if (!Module.ccall('cs_open_view', 'number', ['string'], [String(name)])) throw new Error(`unknown view: ${name}`);
    },
    // Development and tests, until real loading lands: analyse a generated dataset of this many
    // contacts (three months, with surveys, orders, customers and agent time in proportion).
    useGeneratedData: (contacts = 20000) => Module._cs_use_generated_data(Number(contacts)),
    // A standards profile as JSON text, as if picked through the editor's "Import profile…".
    importProfile,
  });
})();
