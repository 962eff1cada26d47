#include "core/ingest/csv_tokenizer.h"

#include <algorithm>
#include <bit>

#include <string>

namespace carescore {

namespace {

// Writes the content of a raw field to `out` (which may be `raw` itself: it never runs ahead):
// drops NUL bytes and, for a quoted field, leading spaces before the opening quote, the quotes and
// one quote of each "" pair; text after the closing quote is kept as it is (the lenient reading
// of Python's csv and Papa Parse). Returns the content length.
std::size_t cleanField(const char* raw, std::size_t n, char* out, bool quoted, char quote) {
  std::size_t i = 0, o = 0;
  if (quoted) {
    while (i < n && raw[i] != quote) ++i;  // spaces before the quote (skipInitialSpace)
    ++i;
    while (i < n) {
      const char c = raw[i++];
      if (c == quote) {
        if (i < n && raw[i] == quote) {
          out[o++] = quote;
          ++i;
          continue;
        }
        break;  // the closing quote
      }
      if (c != '\0') out[o++] = c;
    }
  }
  while (i < n) {
    const char c = raw[i++];
    if (c != '\0') out[o++] = c;
  }
  return o;
}

bool isBlankText(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t') return false;
  return true;
}

std::string needlesFor(const CsvTokenizerOptions& options) {
  return {options.delimiter, options.quote ? options.quote : '\0', '\n', '\r', '\0'};
}

} // namespace

CsvTokenizer::CsvTokenizer(const CsvTokenizerOptions& options, RecordSink& sink, Diagnostics& diagnostics)
    : options_(options),
      sink_(sink),
      diagnostics_(diagnostics),
      matcher_(needlesFor(options).data(), ByteMatcher::kMaxNeedles),
      classifier_(options.delimiter, options.quote),
      line_(options.firstLine),
      recordLine_(options.firstLine) {
  // The index reads RFC 4180 with LF or CRLF ends; other dialects keep the event loop.
  const char d = options.delimiter, q = options.quote;
  blockIndex_ = options.blockIndex && q != '\0' && d != '\0' && d != q && d != '\n' && d != '\r' && q != '\n' &&
                q != '\r' && options.lineBreaks == LineBreaks::LfOrCrlf && !options.skipInitialSpace;
}

TextPosition CsvTokenizer::at(std::size_t k) const {
  return {stats_.records + 1, line_, fieldCount() + 1, options_.firstByte + consumed_ + k};
}

TextPosition CsvTokenizer::atQuote() const {
  return {stats_.records + 1, quoteLine_, quoteColumn_, options_.firstByte + quoteByte_};
}

TextPosition CsvTokenizer::position() const { return at(0); }

void CsvTokenizer::feed(std::string_view text) {
  if (stopped_ || text.empty()) return;
  scanPiece(text.data(), text.size());
  while (!recovery_.empty() && !stopped_) {
    std::string piece;
    piece.swap(recovery_);
    scanPiece(piece.data(), piece.size());
  }
}

void CsvTokenizer::scanPiece(const char* p, std::size_t n) {
  std::size_t i = resumeAtPieceStart(p, n);
  const char delimiter = options_.delimiter;
  // (A delimiter that is also the quote, a line break or NUL takes handle()'s general order.)
  const bool plainDelimiter = delimiter != '\0' && delimiter != options_.quote && delimiter != '\n' && delimiter != '\r';
  for (std::size_t base = i; base < n; base += 64) {
    std::uint64_t mask = n - base >= 64 ? matcher_.match64(p + base) : matcher_.matchTail(p + base, n - base);
    if (blockIndex_ && i <= base && n - base >= 64) {
      const std::size_t resume = indexBlock(p, base, mask);
      if (stopped_) return;
      if (resume == base + 64) {
        i = resume;
        continue;
      }
      if (resume != base) i = resume;  // the events from a NUL or lone CR on
    }
    while (mask != 0) {
      const std::size_t k = base + static_cast<std::size_t>(std::countr_zero(mask));
      mask &= mask - 1;
      if (k < i) continue;  // already consumed by a look-ahead ("" or CRLF)
      // The commonest events, inline: a delimiter inside quotes is text; one that ends a field
      // lying whole in this piece and needing no cleaning is a view (handle() does the rest).
      if (p[k] == delimiter && plainDelimiter) {
        if (inQuotes_) {
          i = k + 1;
          continue;
        }
        if (!fieldCarried_ && !fieldDirty_ && k - fieldStart_ <= options_.maxFieldBytes) {
          if (fieldQuoted_) {
            pushField(p + fieldStart_ + 1, k - fieldStart_ - 2);
            recordQuoted_ = true;
          } else {
            pushField(p + fieldStart_, k - fieldStart_);
          }
          fieldQuoted_ = fieldWarned_ = false;
          fieldStart_ = i = k + 1;
          continue;
        }
      }
      i = handle(p, n, k);
      if (stopped_) return;
    }
  }
  endOfPiece(p, n);
}

// Settles what the previous piece left undecided, looking at this piece's first byte.
std::size_t CsvTokenizer::resumeAtPieceStart(const char* p, std::size_t n) {
  fieldStart_ = 0;
  if (n == 0) return 0;
  if (afterQuote_) {
    afterQuote_ = false;
    if (p[0] == options_.quote) {
      fieldDirty_ = true;  // an escaped quote split by the piece boundary
      return 1;
    }
    closeQuote(p, n, 0, p[0]);
  }
  if (crAtEnd_) {
    crAtEnd_ = false;
    if (p[0] != '\n') {
      TextPosition where = at(0);
      --where.byte;
      onLoneCr(where);
    }
  }
  if (skipLf_) {
    skipLf_ = false;
    if (p[0] == '\n') {
      --stats_.crEnds;  // the record ended with CRLF after all
      ++stats_.crlfEnds;
      fieldStart_ = 1;
      recordByte_ = consumed_ + 1;
      return 1;
    }
  }
  return 0;
}

// The quote at k-1 closed a quoted field; `next` (at k) follows it.
void CsvTokenizer::closeQuote(const char*, std::size_t, std::size_t k, char next) {
  inQuotes_ = false;
  if (next == options_.delimiter || next == '\n' || next == '\r') return;
  fieldDirty_ = true;
  if (!fieldWarned_) {
    fieldWarned_ = true;
    diagnose().add(DiagnosticCode::InvalidQuotes, at(k));
  }
}

// `where`: the CR's own position (it may have ended the previous piece).
void CsvTokenizer::onLoneCr(const TextPosition& where) {
  ++line_;
  if (inQuotes_) return;  // a line break inside a quoted field is text, like any other
  ++stats_.crAsText;
  diagnose().addVariant(DiagnosticCode::MixedLineEndings, "lone_cr", where);
  if (fieldQuoted_) {  // text after the closing quote
    fieldDirty_ = true;
    if (!fieldWarned_) {
      fieldWarned_ = true;
      diagnose().add(DiagnosticCode::InvalidQuotes, where);
    }
  }
}

bool CsvTokenizer::fieldIsEmptySoFar(std::size_t k) const {
  return fieldCarried_ ? k == 0 && scratch_.size() == carryBegin_ : k == fieldStart_;
}

bool CsvTokenizer::fieldIsBlankSoFar(const char* p, std::size_t k) const {
  if (fieldCarried_)
    return isBlankText(std::string_view(scratch_).substr(carryBegin_)) && isBlankText({p, k});
  return isBlankText({p + fieldStart_, k - fieldStart_});
}

std::size_t CsvTokenizer::handle(const char* p, std::size_t n, std::size_t k) {
  const char c = p[k];
  if (c == '\0') {
    fieldDirty_ = true;
    diagnose().add(DiagnosticCode::NulBytes, at(k));
    return k + 1;
  }
  if (inQuotes_) {
    if (c == options_.quote) {
      if (k + 1 == n) {
        afterQuote_ = true;
        return k + 1;
      }
      if (p[k + 1] == options_.quote) {
        fieldDirty_ = true;
        return k + 2;
      }
      closeQuote(p, n, k + 1, p[k + 1]);
      return k + 1;
    }
    if (c == '\n') ++line_;
    else if (c == '\r') {
      if (k + 1 == n) crAtEnd_ = true;
      else if (p[k + 1] != '\n') ++line_;
    }
    return k + 1;  // a delimiter inside quotes is text
  }
  if (c == options_.delimiter) {
    endField(p, k);
    fieldStart_ = k + 1;
    return k + 1;
  }
  if (c == '\n') {
    std::size_t end = k;
    bool crlf = false;
    const std::size_t begin = fieldCarried_ ? 0 : fieldStart_;
    if (k > begin && p[k - 1] == '\r') {
      --end;
      crlf = true;
    } else if (k == 0 && fieldCarried_ && scratch_.size() > carryBegin_ && scratch_.back() == '\r') {
      scratch_.pop_back();
      crlf = true;
    }
    endField(p, end);
    if (stopped_) return k + 1;
    endLine(p, k, crlf);
    return k + 1;
  }
  if (c == '\r') {
    if (options_.lineBreaks == LineBreaks::Universal) {
      endField(p, k);
      if (stopped_) return k + 1;
      ++line_;
      std::size_t next = k + 1;
      if (k + 1 == n) skipLf_ = true;
      else if (p[k + 1] == '\n') ++next;
      ++(next == k + 2 ? stats_.crlfEnds : stats_.crEnds);
      endRecord(p, next);
      return next;
    }
    if (k + 1 == n) crAtEnd_ = true;
    else if (p[k + 1] != '\n') onLoneCr(at(k));
    return k + 1;
  }
  // The quote character outside quotes.
  if (fieldIsEmptySoFar(k) || (options_.skipInitialSpace && fieldIsBlankSoFar(p, k))) {
    inQuotes_ = true;
    fieldQuoted_ = true;
    quoteLine_ = line_;
    quoteByte_ = consumed_ + k;
    quoteColumn_ = fieldCount() + 1;
    quoteRawOffset_ = fieldCarried_ ? scratch_.size() - carryBegin_ + k : k - fieldStart_;
    if (quoteRawOffset_ != 0) fieldDirty_ = true;  // spaces to drop
  } else if (!fieldWarned_) {
    fieldWarned_ = true;
    diagnose().add(fieldIsBlankSoFar(p, k) ? DiagnosticCode::WhitespaceBeforeQuote : DiagnosticCode::StrayQuote, at(k));
  }
  return k + 1;
}

// The LF at k ended a record (its last field is pushed).
void CsvTokenizer::endLine(const char* p, std::size_t k, bool crlf) {
  ++line_;
  ++(crlf ? stats_.crlfEnds : stats_.lfEnds);
  (crlf ? sawCrlfEnd_ : sawLfEnd_) = true;
  if (sawCrlfEnd_ && sawLfEnd_ && !warnedMixedEnds_) {
    warnedMixedEnds_ = true;
    diagnose().addVariant(DiagnosticCode::MixedLineEndings, "crlf_and_lf", at(k));
  }
  endRecord(p, k + 1);
}

void CsvTokenizer::pushScratchField(std::size_t offset, std::size_t length) {
  fixups_.push_back({batch_.size(), offset, length, true});
  batch_.emplace_back();
}

void CsvTokenizer::endField(const char* p, std::size_t end) {
  recordQuoted_ = recordQuoted_ || fieldQuoted_;
  if (!fieldCarried_) {
    std::size_t begin = fieldStart_;
    const std::size_t length = end - begin;
    if (length > options_.maxFieldBytes) {
      diagnose().add(DiagnosticCode::FieldTooLarge, at(begin), {std::to_string(options_.maxFieldBytes)});
      stopped_ = true;
      return;
    }
    if (!fieldDirty_) {
      if (fieldQuoted_) ++begin, --end;
      pushField(p + begin, end - begin);
    } else {
      const std::size_t offset = scratch_.size();
      scratch_.resize(offset + length);
      const std::size_t kept = cleanField(p + begin, length, scratch_.data() + offset, fieldQuoted_, options_.quote);
      scratch_.resize(offset + kept);
      pushScratchField(offset, kept);
    }
  } else {
    if (end != 0) scratch_.append(p, end);
    const std::size_t length = scratch_.size() - carryBegin_;
    if (length > options_.maxFieldBytes) {
      diagnose().add(DiagnosticCode::FieldTooLarge, at(end), {std::to_string(options_.maxFieldBytes)});
      stopped_ = true;
      return;
    }
    std::size_t begin = carryBegin_, fieldEnd = scratch_.size();
    if (fieldDirty_) {
      char* raw = scratch_.data() + carryBegin_;
      fieldEnd = carryBegin_ + cleanField(raw, length, raw, fieldQuoted_, options_.quote);
      scratch_.resize(fieldEnd);
    } else if (fieldQuoted_) {
      ++begin;
      --fieldEnd;
    }
    pushScratchField(begin, fieldEnd - begin);
  }
  fieldCarried_ = fieldQuoted_ = fieldDirty_ = fieldWarned_ = false;
}

bool CsvTokenizer::isBlankRecord() const {
  if (recordQuoted_) return false;
  auto fixup = std::lower_bound(fixups_.begin(), fixups_.end(), recordBegin_,
                                [](const Fixup& f, std::size_t index) { return f.index < index; });
  for (std::size_t i = recordBegin_; i < batch_.size(); ++i) {
    std::string_view text = batch_[i];
    if (fixup != fixups_.end() && fixup->index == i) {
      text = std::string_view(scratch_).substr(fixup->offset, fixup->length);
      ++fixup;
    }
    if (!isBlankText(text)) return false;
  }
  return true;
}

void CsvTokenizer::endRecord(const char*, std::size_t next) {
  if (options_.skipBlankRecords && isBlankRecord()) {
    batch_.resize(recordBegin_);
    while (!fixups_.empty() && fixups_.back().index >= recordBegin_) fixups_.pop_back();
    ++stats_.blankLines;
    diagnose().add(DiagnosticCode::BlankRows, {kNoPosition, recordLine_, kNoPosition, options_.firstByte + recordByte_});
  } else {
    // The record's copied fields move to the batch's bytes.
    const std::size_t offset = batchBytes_.size();
    batchBytes_.append(scratch_);
    for (auto f = fixups_.rbegin(); f != fixups_.rend() && f->inScratch; ++f) {
      f->offset += offset;
      f->inScratch = false;
    }
    recordBegin_ = batch_.size();
    batchEnds_.push_back(static_cast<std::uint32_t>(recordBegin_));
    batchInfos_.push_back({stats_.records, recordLine_, options_.firstByte + recordByte_});
    ++stats_.records;
    if (batchInfos_.size() >= kBatchRecords) flushBatch();
  }
  scratch_.clear();
  recordQuoted_ = false;
  fieldStart_ = next;
  recordLine_ = line_;
  recordByte_ = consumed_ + next;
}

// Delivers the finished records; the current record's fields stay, first in batch_.
void CsvTokenizer::flushBatch() {
  if (batchInfos_.empty()) return;
  std::size_t f = 0;
  for (; f < fixups_.size() && fixups_[f].index < recordBegin_; ++f)
    batch_[fixups_[f].index] = std::string_view(batchBytes_).substr(fixups_[f].offset, fixups_[f].length);
  sink_.onRecords({std::span<const std::string_view>(batch_).first(recordBegin_), batchEnds_, batchInfos_});
  batch_.erase(batch_.begin(), batch_.begin() + static_cast<std::ptrdiff_t>(recordBegin_));
  fixups_.erase(fixups_.begin(), fixups_.begin() + static_cast<std::ptrdiff_t>(f));
  for (Fixup& fixup : fixups_) fixup.index -= recordBegin_;
  recordBegin_ = 0;
  batchEnds_.clear();
  batchInfos_.clear();
  batchBytes_.clear();
}

void CsvTokenizer::endOfPiece(const char* p, std::size_t n) {
  flushBatch();  // the piece's memory is about to go
  // Then the current record's finished fields that are views into the piece move to scratch_,
  // then the raw bytes of the field in progress (kept last in scratch_, so later pieces extend it).
  if (fieldCount() != 0) {
    std::vector<Fixup> moved;
    std::size_t f = 0;
    for (std::size_t i = recordBegin_; i < batch_.size(); ++i) {
      if (f < fixups_.size() && fixups_[f].index == i) {
        moved.push_back(fixups_[f++]);
        continue;
      }
      moved.push_back({i, scratch_.size(), batch_[i].size(), true});
      scratch_.append(batch_[i]);
      batch_[i] = {};
    }
    fixups_.swap(moved);
  }
  if (fieldCarried_) {
    scratch_.append(p, n);
  } else if (fieldStart_ < n || fieldCount() != 0) {
    carryBegin_ = scratch_.size();
    scratch_.append(p + fieldStart_, n - fieldStart_);
    fieldCarried_ = true;
  }
  consumed_ += n;
  if (fieldCarried_ && scratch_.size() - carryBegin_ > options_.maxFieldBytes) {
    if (inQuotes_) {
      recoverFromOpenQuote(false);
    } else {
      diagnose().add(DiagnosticCode::FieldTooLarge, at(0), {std::to_string(options_.maxFieldBytes)});
      stopped_ = true;
    }
  }
}

// An opening quote never closed (by the end of the file, or within the field limit): report it,
// keep the quote as text, and read the bytes after it again as ordinary fields and rows.
void CsvTokenizer::recoverFromOpenQuote(bool endOfInput) {
  if (endOfInput) diagnose().addVariant(DiagnosticCode::UnterminatedQuote, "end_of_file", atQuote());
  else diagnose().addVariant(DiagnosticCode::UnterminatedQuote, "field_limit", atQuote(), {std::to_string(options_.maxFieldBytes)});
  const std::size_t keep = carryBegin_ + quoteRawOffset_ + 1;
  recovery_.assign(scratch_, keep, std::string::npos);
  scratch_.resize(keep);
  inQuotes_ = fieldQuoted_ = afterQuote_ = crAtEnd_ = false;
  fieldDirty_ = false;
  fieldWarned_ = true;  // the quote is reported once, as unterminated
  line_ = quoteLine_;
  consumed_ = quoteByte_ + 1;
}

void CsvTokenizer::finish() {
  if (stopped_) return;
  while (inQuotes_ && !afterQuote_ && !stopped_) {
    recoverFromOpenQuote(true);
    std::string piece;
    piece.swap(recovery_);
    scanPiece(piece.data(), piece.size());
  }
  if (stopped_) return;
  if (afterQuote_) {  // the file ends right after a closing quote
    afterQuote_ = false;
    inQuotes_ = false;
  }
  if (crAtEnd_) {  // a CR as the very last byte ends the last record
    crAtEnd_ = false;
    if (fieldCarried_ && scratch_.size() > carryBegin_ && scratch_.back() == '\r') scratch_.pop_back();
    ++stats_.crEnds;
  }
  if (fieldCarried_ || fieldCount() != 0) {
    endField(nullptr, 0);
    if (!stopped_) endRecord(nullptr, 0);
  }
  flushBatch();
}

} // namespace carescore
