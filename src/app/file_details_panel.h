// What was read from one file: format, encoding, dialect, rows read and skipped, each column's
// name, type, format and misfits, and the diagnostics (counts per code, the first examples with
// record, line and field). Reads state; draws; decides nothing.
#pragma once

namespace carescore {

struct LoadedFile;
struct ReadResult;

void drawFileDetails(const LoadedFile& file, const ReadResult& result);

} // namespace carescore
