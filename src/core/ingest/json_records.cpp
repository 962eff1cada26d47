#include "core/ingest/json_records.h"

#include <algorithm>

namespace carescore {

namespace {

// Keys of a top-level object that hold its records ({"tickets": […]}), and keys that only carry
// paging and metadata next to them. Either lets an array of objects be taken as the records.
constexpr std::string_view kRecordKeys[] = {
    "tickets", "data",     "results",  "items",  "records",  "rows",    "entries", "users",   "calls",
    "chats",   "messages", "contacts", "events", "objects",  "list",    "value",   "values",  "responses",
    "conversations", "organizations", "surveys", "answers", "interactions", "elements", "hits", "nodes",
};
constexpr std::string_view kMetadataKeys[] = {
    "next_page",   "previous_page", "prev_page", "count",      "total",  "total_count", "page",    "per_page",
    "page_size",   "pages",         "meta",      "metadata",   "links",  "has_more",    "after_cursor",
    "before_cursor", "next_cursor", "cursor",    "end_time",   "start_time", "end_of_stream", "status",
    "success",     "ok",            "version",   "took",       "timed_out", "offset",   "limit",   "paging",
};

bool contains(std::span<const std::string_view> list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

constexpr std::string_view kJoinSeparator = ", ";
constexpr std::size_t kNoColumn = ~std::size_t{0};

} // namespace

JsonRecords::JsonRecords(const JsonRecordsOptions& options, TableBuilder& builder, Diagnostics& diagnostics)
    : options_(options), builder_(builder), diagnostics_(diagnostics) {
  if (options_.ndjson) recordPath_ = "lines";
}

void JsonRecords::onKey(std::string_view key) {
  key_.assign(key);
  if (frames_.size() != 1 || (shape_ != Shape::TopObject && shape_ != Shape::Wrapper)) return;
  if (shape_ == Shape::Wrapper) {
    diagnostics_.add(DiagnosticCode::JsonIgnoredKey, {}, {recordPath_, key});
    return;
  }
  if (!topKey_.empty() && !contains(kMetadataKeys, topKey_)) topKeysAllMetadata_ = false;
  topKey_.assign(key);
  topKeys_.emplace_back(key);
}

void JsonRecords::onLiteral(JsonLiteral literal) {
  switch (literal) {
    case JsonLiteral::True: scalar("true"); break;
    case JsonLiteral::False: scalar("false"); break;
    case JsonLiteral::Null: scalar({}); break;  // missing, but the key still makes a column
  }
}

void JsonRecords::appendSegment(std::string_view segment) {
  if (!path_.empty()) path_.push_back('.');
  path_.append(segment);
}

// Called as any value begins: decides the file's shape and where records start, and sets path_
// to the value's path. Returns whether the value is a record itself.
bool JsonRecords::valueStarts(ValueKind kind) {
  const std::size_t depth = frames_.size();
  bool root = false;
  if (depth == 0) {
    if (options_.ndjson) shape_ = Shape::Lines;
    else if (shape_ == Shape::Unknown)
      shape_ = kind == ValueKind::Array ? Shape::ArrayOfRecords : kind == ValueKind::Object ? Shape::TopObject : Shape::Scalar;
    root = shape_ != Shape::ArrayOfRecords;
  } else if (shape_ == Shape::ArrayOfRecords && depth == 1) {
    root = true;
  } else if (shape_ == Shape::TopObject && depth == 2 && kind == ValueKind::Object && frames_[1].array &&
             frames_[1].nextIndex == 0 && frames_[1].wrapperEligible) {
    switchToWrapper();
    root = true;
  } else if (shape_ == Shape::Wrapper && depth == 2 && frames_[1].wrapper) {
    root = true;
  }
  if (root) {
    startRecord();
    path_.clear();
    return true;
  }
  if (!inRecord_ || depth == 0) return false;
  const Frame& parent = frames_.back();
  if (!parent.array) appendSegment(key_);
  else if (kind != ValueKind::Scalar) appendSegment(std::to_string(parent.nextIndex));
  return false;
}

void JsonRecords::valueEnds(bool root) {
  if (!frames_.empty() && frames_.back().array) ++frames_.back().nextIndex;
  if (root) endRecord();
}

void JsonRecords::openContainer(ValueKind kind) {
  const bool root = valueStarts(kind);
  Frame frame;
  frame.array = kind == ValueKind::Array;
  frame.recordRoot = root;
  frame.inRecord = inRecord_;
  frame.pathLength = path_.size();
  if (shape_ == Shape::TopObject && frames_.size() == 1 && frame.array)
    frame.wrapperEligible = !wrapperFound_ && (contains(kRecordKeys, topKey_) || topKeysAllMetadata_);
  frames_.push_back(frame);
  if (frame.array) {
    if (joined_.size() < frames_.size()) joined_.resize(frames_.size());
    joined_[frames_.size() - 1].clear();
  }
}

void JsonRecords::closeContainer() {
  if (frames_.empty()) return;
  const Frame frame = frames_.back();
  if (frame.array && frame.inRecord && frame.joinedCount > 0) setCell(path_, joined_[frames_.size() - 1]);
  frames_.pop_back();
  path_.resize(frames_.empty() || frame.recordRoot ? 0 : frames_.back().pathLength);
  valueEnds(frame.recordRoot);
}

void JsonRecords::scalar(std::string_view text) {
  const bool root = valueStarts(ValueKind::Scalar);
  if (inRecord_) {
    Frame* parent = frames_.empty() ? nullptr : &frames_.back();
    if (parent && parent->array && !root) {
      std::string& joined = joined_[frames_.size() - 1];
      if (parent->joinedCount++ > 0) joined.append(kJoinSeparator);
      joined.append(text);
    } else {
      setCell(path_, text);
    }
  }
  if (!root) path_.resize(frames_.empty() ? 0 : frames_.back().pathLength);
  valueEnds(root);
}

// The top-level object's first array of objects holds the records: what was read of the object
// so far was paging and metadata, not a record.
void JsonRecords::switchToWrapper() {
  shape_ = Shape::Wrapper;
  wrapperFound_ = true;
  frames_[0].recordRoot = false;
  frames_[0].inRecord = frames_[1].inRecord = false;
  frames_[1].wrapper = true;
  inRecord_ = false;
  candidate_ = false;
  candidateCells_.clear();
  recordPath_ = "$." + topKey_;
  for (const std::string& key : topKeys_)
    if (key != topKey_) diagnostics_.add(DiagnosticCode::JsonIgnoredKey, {}, {recordPath_, key});
}

void JsonRecords::startRecord() {
  inRecord_ = true;
  candidate_ = shape_ == Shape::TopObject;
  ++stamp_;
  arena_.clear();
  cellIndex_ = 0;
}

void JsonRecords::endRecord() {
  if (!inRecord_) return;
  if (candidate_) {
    candidate_ = false;
    for (const auto& [path, text] : candidateCells_) storeCell(path, text);
    candidateCells_.clear();
  }
  const std::size_t columns = builder_.columnCount();
  views_.resize(columns);
  for (std::size_t c = 0; c < columns; ++c)
    views_[c] = stamps_[c] == stamp_ ? std::string_view(arena_).substr(cells_[c].first, cells_[c].second) : std::string_view{};
  builder_.appendRow(views_);
  ++records_;
  inRecord_ = false;
}

void JsonRecords::onAbort() {
  if (inRecord_) ++aborted_;
  inRecord_ = false;
  candidate_ = false;
  candidateCells_.clear();
  frames_.clear();
  path_.clear();
}

void JsonRecords::setCell(std::string_view path, std::string_view text) {
  if (candidate_) candidateCells_.emplace_back(path, text);
  else storeCell(path, text);
}

void JsonRecords::storeCell(std::string_view path, std::string_view text) {
  const std::string_view name = path.empty() ? std::string_view("value") : path;
  const std::size_t column = columnFor(name);
  if (column == kNoColumn) return;
  if (stamps_[column] == stamp_) diagnostics_.add(DiagnosticCode::DuplicateKey, {records_ + 1, kNoPosition, kNoPosition, kNoPosition}, {name});
  stamps_[column] = stamp_;
  cells_[column] = {arena_.size(), text.size()};
  arena_.append(text);
}

// The column of a name: records mostly repeat the previous record's key order, so the n-th key
// is first checked against the previous record's n-th column, then looked up.
std::size_t JsonRecords::columnFor(std::string_view name) {
  const std::size_t n = cellIndex_++;
  if (n < predicted_.size() && builder_.columnName(predicted_[n]) == name) return predicted_[n];
  std::size_t column;
  if (const auto it = columns_.find(std::string(name)); it != columns_.end()) {
    column = it->second;
  } else {
    if (builder_.columnCount() >= options_.maxColumns) {
      diagnostics_.add(DiagnosticCode::TooManyColumns, {records_ + 1, kNoPosition, kNoPosition, kNoPosition},
                       {std::to_string(options_.maxColumns), name});
      return kNoColumn;
    }
    column = builder_.addColumn(std::string(name));
    columns_.emplace(std::string(name), column);
    stamps_.push_back(0);
    cells_.emplace_back(0, 0);
  }
  if (n >= predicted_.size()) predicted_.resize(n + 1);
  predicted_[n] = column;
  return column;
}

} // namespace carescore
