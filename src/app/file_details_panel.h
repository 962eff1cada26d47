// What was read from one file: format, encoding, dialect, rows read and skipped, each column's
// name, type, format and misfits, and the diagnostics (counts per code, the first examples with
// record, line and field). Reads state; draws; decides nothing.
#pragma once
namespace carescore {

struct AppState;
struct LoadedFile;

void drawFileDetails(AppState& state, const LoadedFile& file);  // reports the messages drawn (view labels)

} // namespace carescore
