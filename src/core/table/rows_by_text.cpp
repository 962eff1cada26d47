// A slot of the lookup table is 4 bytes: code + 1 in the low bits, hash bits above them, so most
// probes that miss read no string, and the table may be 4/5 full (4.2 MB for 800k ids, not 8.4 at
// a dictionary's 1/2): a probe walks adjacent slots, 16 to a cache line. No first row per value of
// the column (8 MB for a million ids) is kept either: each value is looked up at its first sight.
#include "core/table/rows_by_text.h"

#include <bit>
#include <cassert>

namespace carescore {

std::vector<std::uint32_t> rowsByText(const StringDictionary& texts, const Column& column, WhichRow which,
                                      const Column* required) {
  const std::size_t count = texts.size();
  std::vector<std::uint32_t> rowOf(count, kNoMatchingRow);
  if (count == 0) return rowOf;
  assert(column.size() < kNoMatchingRow && count < kNoMatchingRow);
  const auto codeBits = static_cast<unsigned>(std::bit_width(count));  // code + 1 <= count < 2^codeBits
  const std::uint32_t codeMask = codeBits >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << codeBits) - 1;
  const auto tagOf = [codeMask](std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32) & ~codeMask; };
  std::size_t slotCount = 16;
  while (slotCount * 4 < count * 5) slotCount *= 2;  // load factor at most 4/5
  const std::size_t mask = slotCount - 1;
  std::vector<std::uint32_t> slots(slotCount, 0);
  for (std::uint32_t code = 0; code < count; ++code) {  // the strings are distinct: no compare
    const std::uint64_t hash = hashBytes(texts.at(code));
    std::size_t slot = hash & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = tagOf(hash) | (code + 1);
  }
  std::vector<bool> looked(column.dictionary.size(), false);  // each value of the column once
  const auto visit = [&](std::size_t row) {
    if (!column.hasValue(row) || looked[column.codes[row]] || (required && !required->hasValue(row))) return;
    looked[column.codes[row]] = true;
    const std::string_view text = column.text(row);
    const std::uint64_t hash = hashBytes(text);
    const std::uint32_t tag = tagOf(hash);
    for (std::size_t slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((slots[slot] & ~codeMask) != tag) continue;
      const std::uint32_t code = (slots[slot] & codeMask) - 1;
      const std::string_view known = texts.at(code);
      if (known.size() != text.size() || !sameBytes(known.data(), text.data(), text.size())) continue;
      rowOf[code] = static_cast<std::uint32_t>(row);  // distinct values of the column: set once
      return;
    }
  };
  if (which == WhichRow::First) {
    for (std::size_t row = 0; row < column.size(); ++row) visit(row);
  } else {
    for (std::size_t row = column.size(); row-- > 0;) visit(row);
  }
  return rowOf;
}

} // namespace carescore
