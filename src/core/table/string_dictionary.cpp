#include "core/table/string_dictionary.h"

#include <algorithm>
#include <cassert>
#include <cstring>

namespace carescore {

namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;
} // namespace

std::uint64_t hashBytes(std::string_view value) {
  // Multiply-xorshift over 8-byte words (the last one overlapping, so no byte-wise tail), then a
  // final avalanche (splitmix64). The shift after each multiply carries high bits down, so values
  // that differ only in their last bytes (timestamps, numbered subjects) do not cluster.
  const char* p = value.data();
  std::size_t n = value.size();
  std::uint64_t h = kGolden ^ n;
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) {
      h = (h ^ load64(p)) * kGolden;
      h ^= h >> 29;
    }
    h = (h ^ load64(p + n - 8)) * kGolden;
  } else if (n >= 4) {
    h = (h ^ (std::uint64_t{load32(p)} << 32 | load32(p + n - 4))) * kGolden;
  } else if (n > 0) {
    const auto byte = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    h = (h ^ (byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16)) * kGolden;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

std::optional<std::uint32_t> StringDictionary::find(std::string_view value, std::uint64_t hash) const {
  if (!data_ || data_->entries.empty()) return std::nullopt;
  if (data_->slots.empty()) buildIndex(*data_);
  const std::vector<std::uint64_t>& slots = data_->slots;
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  const std::size_t mask = slots.size() - 1;
  for (std::size_t slot = tag & mask;; slot = (slot + 1) & mask) {
    const std::uint64_t entry = slots[slot];
    if (entry == 0) return std::nullopt;
    const auto code = static_cast<std::uint32_t>(entry) - 1;
    if (static_cast<std::uint32_t>(entry >> 32) == tag) {
      const std::string_view known = at(code);
      if (known.size() == value.size() && sameBytes(known.data(), value.data(), value.size())) return code;
    }
  }
}

void StringDictionary::readAhead(std::span<const std::string_view> values, std::uint64_t* hashes) const {
  constexpr std::size_t kMaxBatch = 64;
  if (!data_ || data_->slots.empty()) {
    for (std::size_t k = 0; k < values.size(); ++k) hashes[k] = hashBytes(values[k]);
    return;
  }
  const std::vector<std::uint64_t>& slots = data_->slots;
  const std::size_t mask = slots.size() - 1;
  std::uint64_t read[kMaxBatch];
  std::uint32_t tags[kMaxBatch];
  std::uint64_t touched = 0;  // every load feeds it, so none is optimized away
  for (std::size_t first = 0; first < values.size(); first += kMaxBatch) {
    const std::size_t n = std::min(kMaxBatch, values.size() - first);
    for (std::size_t k = 0; k < n; ++k) {
      hashes[first + k] = hashBytes(values[first + k]);
      tags[k] = static_cast<std::uint32_t>(hashes[first + k] >> 32);
      read[k] = slots[tags[k] & mask];
    }
    for (std::size_t k = 0; k < n; ++k) {  // the entry of a string with the same tag: likely this value
      const std::uint64_t slot = read[k];
      read[k] = slot != 0 && static_cast<std::uint32_t>(slot >> 32) == tags[k]
                    ? data_->entries[static_cast<std::uint32_t>(slot) - 1]
                    : 0;
    }
    for (std::size_t k = 0; k < n; ++k) {
      const std::uint64_t entry = read[k];
      if ((entry & kFieldMask) == 0) continue;  // no string, or an empty one (which may sit just past its block's end)
      const Block& block = data_->blocks[entry >> (kOffsetBits + kLengthBits)];
      const std::size_t offset = (entry & kFieldMask) == kFieldMask ? 0 : (entry >> kLengthBits) & kFieldMask;
      touched += static_cast<unsigned char>(block.bytes[offset]);
    }
    touched += read[0];
  }
  volatile std::uint64_t sink = touched;
  (void)sink;
}

StringDictionary::Data& StringDictionary::own() {
  if (!data_) data_ = std::make_shared<Data>();
  else if (data_.use_count() > 1) data_ = std::make_shared<Data>(*data_);
  return *data_;
}

std::uint32_t StringDictionary::intern(std::string_view value, std::uint64_t hash) {
  if (data_ && data_.use_count() > 1)
    if (const auto known = find(value)) return *known;  // a value it has: no copy of shared data
  Data& data = own();
  if (data.slots.empty() && !data.entries.empty()) buildIndex(data);
  if ((data.entries.size() + 1) * 2 > data.slots.size()) rehash(data, data.slots.empty() ? 16 : data.slots.size() * 2);  // load factor at most 1/2
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  const std::size_t mask = data.slots.size() - 1;
  std::size_t slot = tag & mask;
  for (;; slot = (slot + 1) & mask) {
    const std::uint64_t entry = data.slots[slot];
    if (entry == 0) break;
    const auto code = static_cast<std::uint32_t>(entry) - 1;
    if (static_cast<std::uint32_t>(entry >> 32) == tag) {
      const std::string_view known = at(code);
      if (known.size() == value.size() && sameBytes(known.data(), value.data(), value.size())) return code;
    }
  }
  assert(data.entries.size() < 0xFFFFFFFFu);
  const auto code = static_cast<std::uint32_t>(data.entries.size());
  data.entries.push_back(store(data, value));
  data.slots[slot] = std::uint64_t{tag} << 32 | (std::uint64_t{code} + 1);
  return code;
}

std::uint64_t StringDictionary::store(Data& data, std::string_view value) {
  std::vector<Block>& blocks = data.blocks;
  if (value.size() >= kFieldMask) {  // too long for the length field: a block of its own
    blocks.emplace_back(value.size()).append(value);
    return std::uint64_t{blocks.size() - 1} << (kOffsetBits + kLengthBits) | kFieldMask;
  }
  // A block holds at most kMaxBlockBytes, so that an offset fits the field's 22 bits; a long
  // string's own block (size >= kFieldMask) takes nothing more.
  const auto room = [&blocks] {
    const Block& last = blocks.back();
    return last.size >= kFieldMask ? 0 : last.capacity - last.size;
  };
  if (blocks.empty() || room() < value.size()) {
    // A new block, never reallocated: the unused tail of the last one is the only waste.
    const std::size_t bytes = std::max(data.nextBlockBytes, value.size());
    data.nextBlockBytes = std::min(bytes * 2, kMaxBlockBytes);
    blocks.emplace_back(bytes);
    assert(blocks.size() < (std::size_t{1} << (64 - kOffsetBits - kLengthBits)));
  }
  Block& block = blocks.back();
  const std::uint64_t offset = block.size;
  block.append(value);
  return std::uint64_t{blocks.size() - 1} << (kOffsetBits + kLengthBits) | offset << kLengthBits | value.size();
}

StringDictionary::Block::Block(const Block& other) : Block(other.capacity) {
  std::memcpy(bytes.get(), other.bytes.get(), other.size);
  size = other.size;
}

void StringDictionary::Block::append(std::string_view value) {
  assert(value.size() <= capacity - size);
  copyBytes(bytes.get() + size, value.data(), value.size());
  size += value.size();
}

void StringDictionary::rehash(Data& data, std::size_t slotCount) {
  assert(slotCount <= (std::uint64_t{1} << 32));  // the tag places a slot: at most 2^32 of them
  std::vector<std::uint64_t> old = std::move(data.slots);
  data.slots.assign(slotCount, 0);
  const std::size_t mask = slotCount - 1;
  for (const std::uint64_t entry : old) {
    if (entry == 0) continue;
    std::size_t slot = (entry >> 32) & mask;
    while (data.slots[slot] != 0) slot = (slot + 1) & mask;
    data.slots[slot] = entry;
  }
}

void StringDictionary::buildIndex(Data& data) const {
  std::size_t slotCount = 16;
  while (slotCount < (data.entries.size() + 1) * 2) slotCount *= 2;  // as intern() would have grown it
  data.slots.assign(slotCount, 0);
  const std::size_t mask = slotCount - 1;
  for (std::uint32_t code = 0; code < data.entries.size(); ++code) {  // the strings are distinct: no compare
    const auto tag = static_cast<std::uint32_t>(hashBytes(at(code)) >> 32);
    std::size_t slot = tag & mask;
    while (data.slots[slot] != 0) slot = (slot + 1) & mask;
    data.slots[slot] = std::uint64_t{tag} << 32 | (std::uint64_t{code} + 1);
  }
}

void StringDictionary::releaseIndex() const {
  if (data_) std::vector<std::uint64_t>().swap(data_->slots);
}

void StringDictionary::reserve(std::size_t strings, std::size_t bytes) {
  Data& data = own();
  if (data.slots.empty() && !data.entries.empty()) buildIndex(data);  // rehash re-places the slots there are
  data.entries.reserve(strings);
  data.nextBlockBytes = std::clamp(bytes, kFirstBlockBytes, kMaxBlockBytes);
  std::size_t slotCount = 16;
  while (slotCount < strings * 2) slotCount *= 2;
  if (slotCount > data.slots.size()) rehash(data, slotCount);
}

void StringDictionary::shrinkToFit() {
  if (!data_ || data_.use_count() > 1) return;  // a copy to shrink would cost more than it gives back
  Data& data = *data_;
  data.entries.shrink_to_fit();
  // Blocks are found by index and offset, never by address: the last one may move.
  if (!data.blocks.empty() && data.blocks.back().size < data.blocks.back().capacity) {
    Block& last = data.blocks.back();
    Block fitted(last.size);
    std::memcpy(fitted.bytes.get(), last.bytes.get(), last.size);
    fitted.size = last.size;
    last = std::move(fitted);
  }
  data.blocks.shrink_to_fit();
}

void StringDictionary::appendDistinct(const StringDictionary& from, std::span<const std::uint32_t> codes, std::size_t bytes) {
  if (codes.empty()) return;
  Data& data = own();
  std::vector<std::uint64_t>().swap(data.slots);  // would miss the new strings: built again on demand
  assert(data.entries.size() + codes.size() <= 0xFFFFFFFFu);
  data.entries.reserve(data.entries.size() + codes.size());
  data.nextBlockBytes = std::clamp(bytes, kFirstBlockBytes, kMaxBlockBytes);
  for (const std::uint32_t code : codes) data.entries.push_back(store(data, from.at(code)));
}

std::size_t StringDictionary::memoryBytes() const {
  if (!data_) return 0;
  std::size_t bytes = data_->blocks.capacity() * sizeof(Block) + data_->entries.capacity() * sizeof(std::uint64_t) +
                      data_->slots.capacity() * sizeof(std::uint64_t);
  for (const Block& block : data_->blocks) bytes += block.capacity;
  return bytes;
}

} // namespace carescore
