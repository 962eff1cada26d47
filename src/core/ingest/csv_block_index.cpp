#include "core/ingest/csv_block_index.h"

#include <bit>

#include "core/ingest/csv_tokenizer.h"

// The byte-wise classifier, and CsvTokenizer::indexBlock: the tokenizer reading a block from its
// index (kept beside the kernel it uses; csv_tokenizer.cpp holds the event loop).
namespace carescore {

CsvBlockMasks classifyBlockScalar(const char* p, char delimiter, char quote) {
  CsvBlockMasks m;
  for (int i = 0; i < 64; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    const char c = p[i];
    if (quote != '\0' && c == quote) m.quote |= bit;
    if (c == delimiter) m.delimiter |= bit;
    if (c == '\n') m.lf |= bit;
    if (c == '\r') m.cr |= bit;
    if (c == '\0') m.nul |= bit;
  }
  return m;
}


// Reads the 64 bytes at base from their boundary index (`events`: the block's delimiters, quotes,
// LF, CR and NUL; the quote mask's prefix XOR tells which lie inside quotes), as far as they hold
// what RFC 4180 allows where it allows it. Returns where the event loop goes on: base (nothing
// read: a CR or NUL inside quotes, a quote out of place or ending the block, a field in progress
// that needs the event loop), base + 64 (all read), or a NUL or lone CR outside quotes (all before
// it read; the field in progress is unquoted or closed, with nothing after its closing quote).
std::size_t CsvTokenizer::indexBlock(const char* p, std::size_t base, std::uint64_t events) {
  if (fieldCarried_ || fieldDirty_ || fieldWarned_ || fieldStart_ > base) return base;
  const char* block = p + base;
  const char delimiter = options_.delimiter;
  const std::uint64_t quotes = classifier_.quoteMask(block);
  if ((quotes >> 63) != 0) return base;  // escape or closing quote: the next block decides
  const std::uint64_t inside = prefixXor(quotes) ^ (inQuotes_ ? ~std::uint64_t{0} : 0);  // 1: inside quotes
  const std::uint64_t opening = quotes & inside, closing = quotes & ~inside;
  const std::uint64_t ends = events & ~quotes & ~inside;  // delimiters, LF, CR, NUL outside quotes
  // A quote opens a field (after an end, or at the block's start when the field starts there) …
  if ((opening & ~(ends << 1 | std::uint64_t{!inQuotes_ && fieldStart_ == base})) != 0) return base;
  // … and closes it before a delimiter or line break (else "" escape or text after it).
  for (std::uint64_t bits = closing; bits != 0; bits &= bits - 1) {
    const char next = block[std::countr_zero(bits) + 1];
    if (next != delimiter && next != '\n' && next != '\r') return base;
  }
  std::uint64_t quotedLfs = 0;  // line breaks inside quoted fields: text, but lines
  for (std::uint64_t bits = events & ~quotes & inside; bits != 0; bits &= bits - 1) {
    const auto bit = static_cast<unsigned>(std::countr_zero(bits));
    if (block[bit] == '\n') quotedLfs |= std::uint64_t{1} << bit;
    else if (block[bit] != delimiter) return base;  // CR or NUL inside quotes
  }

  // The loop keeps the field's start and quotedness in locals (stores to batch_ could alias members).
  std::size_t start = fieldStart_;
  bool quoted = fieldQuoted_ || (opening & 1) != 0;
  const std::uint64_t quotedAfter = opening >> 1;  // bit i: the field after an end at i opens with a quote
  for (std::uint64_t bits = ends; bits != 0; bits &= bits - 1) {
    const auto bit = static_cast<unsigned>(std::countr_zero(bits));
    const std::size_t k = base + bit;
    if (quotedLfs != 0) {
      const std::uint64_t below = (std::uint64_t{1} << bit) - 1;
      line_ += static_cast<std::uint64_t>(std::popcount(quotedLfs & below));
      quotedLfs &= ~below;
    }
    const char c = block[bit];
    std::size_t end = k;
    if (c == delimiter) {
    } else if (c == '\n') {
      if (k > start && p[k - 1] == '\r') --end;
    } else if (c == '\r' && bit != 63 && block[bit + 1] == '\n') {
      continue;  // the LF after it ends the record
    } else {  // NUL or a lone CR: the event loop reads on from here
      fieldStart_ = start;
      fieldQuoted_ = quoted;
      inQuotes_ = false;
      return k;
    }
    // Only the field in progress when the block began can be longer than the block.
    if (start < base && end - start > options_.maxFieldBytes) {
      fieldStart_ = start;
      fieldQuoted_ = quoted;
      endField(p, end);  // reports it and stops
      return base + 64;
    }
    if (quoted) {
      pushField(p + start + 1, end - start - 2);
      recordQuoted_ = true;
    } else {
      pushField(p + start, end - start);
    }
    if (c == '\n') endLine(p, k, end != k);
    start = k + 1;
    quoted = (quotedAfter >> bit & 1) != 0;
  }
  fieldStart_ = start;
  fieldQuoted_ = quoted;
  inQuotes_ = (inside >> 63) != 0;
  if (inQuotes_ && fieldStart_ >= base) {  // a quoted field opened here (at its start) goes on
    quoteLine_ = line_;
    quoteByte_ = consumed_ + fieldStart_;
    quoteColumn_ = fieldCount() + 1;
    quoteRawOffset_ = 0;
  }
  if (quotedLfs != 0) line_ += static_cast<std::uint64_t>(std::popcount(quotedLfs));
  return base + 64;
}

} // namespace carescore
