// Everything the UI shows and the requests it makes, in one place. Panels read it and set
// requests; the App and the platform layer act on them. Nothing here draws.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/file_stats.h"
#include "core/ingest/file_reader.h"

namespace carescore {

using FileId = std::uint32_t;

struct LoadedFile {
  FileId id = 0;
  std::string name;
  std::uint64_t announcedBytes = 0;  // size the browser reported; progress is counter.bytes / this
  LineCounter counter;
  bool finished = false;
  bool cancelled = false;
  std::string error;  // set when reading failed; what was read stays shown
  std::unique_ptr<FileReader> reader;  // while bytes stream in
  std::unique_ptr<ReadResult> result;  // once read: the table, and what the reader found
};

// Intents raised by panels during a frame, consumed by whoever can fulfil them.
struct AppRequests {
  bool openFilePicker = false;      // the platform shows its file dialog
  std::vector<FileId> cancelFiles;  // the user stopped these while they loaded
};

// Where a named widget was drawn in the last frame, in UI units: lets scripts and browser tests
// click "the Open files button" rather than a guessed coordinate.
struct UiItemRect {
  float x = 0, y = 0, width = 0, height = 0;
};

struct AppState {
  std::vector<LoadedFile> files;
  FileId nextFileId = 1;
  AppRequests request;
  std::map<std::string, UiItemRect> uiItems;
};

} // namespace carescore
