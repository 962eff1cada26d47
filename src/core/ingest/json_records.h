// From JSON events to table rows: finds the records (the elements of a top-level array, the
// array an object wraps — {"tickets": […]}, {"data": …} — a single object, or NDJSON lines) and
// flattens each into cells: nested objects to dotted names (via.channel), arrays of scalars
// joined with ", ", other array elements indexed (custom_fields.0.id). Numbers stay as written,
// so ids above 2^53 survive. Columns appear as keys are first seen. Not a parser (json_tokenizer).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/ingest/diagnostics.h"
#include "core/ingest/json_tokenizer.h"
#include "core/ingest/table_builder.h"

namespace carescore {

struct JsonRecordsOptions {
  std::size_t maxColumns = 4096;
  bool ndjson = false;
};

class JsonRecords : public JsonHandler {
public:
  JsonRecords(const JsonRecordsOptions& options, TableBuilder& builder, Diagnostics& diagnostics);

  void onStartObject() override { openContainer(ValueKind::Object); }
  void onEndObject() override { closeContainer(); }
  void onStartArray() override { openContainer(ValueKind::Array); }
  void onEndArray() override { closeContainer(); }
  void onKey(std::string_view key) override;
  void onString(std::string_view value) override { scalar(value); }
  void onNumber(std::string_view raw) override { scalar(raw); }
  void onLiteral(JsonLiteral literal) override;
  void onAbort() override;
  std::uint64_t currentRecord() const override { return records_ + 1; }

  std::uint64_t records() const { return records_; }
  std::uint64_t abortedRecords() const { return aborted_; }
  const std::string& recordPath() const { return recordPath_; }  // "$", "$.tickets", "lines"

private:
  enum class ValueKind : std::uint8_t { Object, Array, Scalar };
  enum class Shape : std::uint8_t { Unknown, Lines, ArrayOfRecords, TopObject, Wrapper, Scalar };

  struct Frame {
    bool array = false;
    bool recordRoot = false;
    bool inRecord = false;
    bool wrapper = false;          // the array a top-level object wraps its records in
    bool wrapperEligible = false;  // could be that array, if its first element is an object
    std::size_t pathLength = 0;    // path_ of the container's own value
    std::uint32_t nextIndex = 0;   // arrays: index of the next element
    std::size_t joinedCount = 0;   // arrays: scalar elements joined so far
  };

  bool valueStarts(ValueKind kind);
  void valueEnds(bool root);
  void openContainer(ValueKind kind);
  void closeContainer();
  void scalar(std::string_view text);
  void appendSegment(std::string_view segment);
  void switchToWrapper();
  void startRecord();
  void endRecord();
  void setCell(std::string_view path, std::string_view text);
  void storeCell(std::string_view path, std::string_view text);
  std::size_t columnFor(std::string_view name);

  JsonRecordsOptions options_;
  TableBuilder& builder_;
  Diagnostics& diagnostics_;

  Shape shape_ = Shape::Unknown;
  std::string recordPath_ = "$";
  std::vector<Frame> frames_;
  std::vector<std::string> joined_;  // per array depth: its scalar elements so far
  std::string path_;                 // dotted path of the current value inside its record
  std::string key_;                  // the member name of the next value
  std::string topKey_;               // the last key of a top-level object
  std::vector<std::string> topKeys_;
  bool topKeysAllMetadata_ = true;
  bool wrapperFound_ = false;

  bool inRecord_ = false;
  bool candidate_ = false;           // the record may still turn out to be a wrapper: cells are held
  std::vector<std::pair<std::string, std::string>> candidateCells_;
  std::uint64_t records_ = 0;
  std::uint64_t aborted_ = 0;

  // The record's cells: per column, a stamp (the record it was set in) and a slice of arena_.
  std::uint64_t stamp_ = 0;
  std::string arena_;
  std::vector<std::uint64_t> stamps_;
  std::vector<std::pair<std::size_t, std::size_t>> cells_;
  std::vector<std::string_view> views_;
  std::unordered_map<std::string, std::size_t> columns_;
  std::vector<std::size_t> predicted_;  // column of the n-th cell of the previous record
  std::size_t cellIndex_ = 0;
};

} // namespace carescore
