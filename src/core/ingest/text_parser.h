// The parser behind FileReader for each format, behind one interface: UTF-8 text in (any
// chunking), rows out to the table builder, and at the end what it found into the ReadResult.
// CSV: tokenizer (an outer one too for unwrapped files) and header detection; JSON and NDJSON:
// tokenizer and record flattening. Not the detection of the format (file_reader.cpp).
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>

#include "core/ingest/csv_dialect.h"
#include "core/ingest/diagnostics.h"
#include "core/ingest/file_reader.h"
#include "core/ingest/table_builder.h"

namespace carescore {

class TextParser {
public:
  virtual ~TextParser() = default;
  virtual void feed(std::string_view text) = 0;
  virtual void finish() = 0;
  virtual void cancel() = 0;  // stop without taking the cut for the end of the file
  // Where the next byte fed goes (for diagnostics found outside the parser: replaced bytes).
  virtual TextPosition position() const = 0;
  // Fills the result's format-specific fields, adds end-of-file diagnostics, numbers records.
  virtual void report(ReadResult& result, Diagnostics& diagnostics) = 0;
};

// `firstByte`: the offset of the first byte of text in the file as read (a UTF-8 BOM).
std::unique_ptr<TextParser> makeCsvParser(const ReadOptions& options, const CsvDialect& dialect, std::uint64_t firstByte,
                                          TableBuilder& builder, Diagnostics& diagnostics);
std::unique_ptr<TextParser> makeJsonParser(const ReadOptions& options, bool ndjson, std::uint64_t firstByte,
                                           TableBuilder& builder, Diagnostics& diagnostics);

} // namespace carescore
