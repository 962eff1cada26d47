// Reading the packed zone blob (layout in assets/pack_zones.py). Every read is bounds-checked: a
// damaged blob gives "no zone", never a crash.
#include "core/time/zone_database.h"

#include <algorithm>

namespace carescore {
namespace {

class Reader {
public:
  Reader(std::span<const unsigned char> bytes, std::size_t at) : bytes_(bytes), at_(at) {}
  bool ok() const { return ok_; }
  std::size_t position() const { return at_; }
  std::uint64_t unsignedLe(int count) {
    if (!need(static_cast<std::size_t>(count))) return 0;
    std::uint64_t value = 0;
    for (int i = count - 1; i >= 0; --i) value = value << 8 | bytes_[at_ + static_cast<std::size_t>(i)];
    at_ += static_cast<std::size_t>(count);
    return value;
  }
  std::uint64_t leb128() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
      const std::uint64_t byte = unsignedLe(1);
      value |= (byte & 0x7F) << shift;
      if (!(byte & 0x80) || !ok_) return value;
    }
    ok_ = false;
    return 0;
  }
  std::string_view text(std::size_t length) {
    if (!need(length)) return {};
    const std::string_view value(reinterpret_cast<const char*>(bytes_.data() + at_), length);
    at_ += length;
    return value;
  }

private:
  bool need(std::size_t count) {
    if (!ok_ || bytes_.size() - at_ < count) ok_ = false;
    return ok_;
  }
  std::span<const unsigned char> bytes_;
  std::size_t at_;
  bool ok_ = true;
};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

bool lessNoCase(std::string_view a, std::string_view b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return static_cast<unsigned char>(lower(x)) < static_cast<unsigned char>(lower(y)); });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

} // namespace

std::optional<ZoneDatabase> ZoneDatabase::open(std::span<const unsigned char> blob, std::string* error) {
  const auto fail = [&](const char* message) -> std::optional<ZoneDatabase> {
    if (error) *error = message;
    return std::nullopt;
  };
  Reader reader(blob, 0);
  if (reader.text(4) != "CSTZ") return fail("not a packed zone database (no CSTZ signature)");
  if (reader.unsignedLe(2) != 1) return fail("packed zone database of an unknown format version");
  const auto records = static_cast<std::size_t>(reader.unsignedLe(2));
  const auto names = static_cast<std::size_t>(reader.unsignedLe(2));
  ZoneDatabase database;
  database.blob_ = blob;
  database.version_ = reader.text(static_cast<std::size_t>(reader.unsignedLe(1)));
  for (std::size_t i = 0; i < names && reader.ok(); ++i) {
    const bool listed = reader.unsignedLe(1) & 1;
    const auto record = static_cast<std::uint16_t>(reader.unsignedLe(2));
    const std::string_view name = reader.text(static_cast<std::size_t>(reader.unsignedLe(1)));
    if (record >= records) return fail("a zone name points to a record that does not exist");
    database.entries_.push_back({name, record, listed});
  }
  for (std::size_t i = 0; i < records && reader.ok(); ++i) {
    const auto offset = static_cast<std::uint32_t>(reader.unsignedLe(4));
    if (offset >= blob.size()) return fail("a zone record lies outside the database");
    database.recordOffsets_.push_back(offset);
  }
  if (!reader.ok()) return fail("the packed zone database is cut short");
  std::sort(database.entries_.begin(), database.entries_.end(), [](const Entry& a, const Entry& b) { return lessNoCase(a.name, b.name); });
  return database;
}

const ZoneDatabase::Entry* ZoneDatabase::entry(std::string_view name) const {
  const auto found = std::lower_bound(entries_.begin(), entries_.end(), name,
                                      [](const Entry& e, std::string_view key) { return lessNoCase(e.name, key); });
  if (found == entries_.end() || lessNoCase(name, found->name)) return nullptr;
  return &*found;
}

std::optional<TimeZone> ZoneDatabase::find(std::string_view name) const {
  const Entry* found = entry(trim(name));
  if (!found) return std::nullopt;
  Reader reader(blob_, recordOffsets_[found->record]);
  std::vector<LocalTimeType> types(static_cast<std::size_t>(reader.unsignedLe(1)));
  for (LocalTimeType& type : types) {
    type.offsetSeconds = static_cast<std::int32_t>(static_cast<std::uint32_t>(reader.unsignedLe(4)));
    type.isDst = reader.unsignedLe(1) != 0;
    type.abbreviation = std::string(reader.text(static_cast<std::size_t>(reader.unsignedLe(1))));
  }
  const auto initial = static_cast<std::uint8_t>(reader.unsignedLe(1));
  std::vector<ZoneTransition> transitions(static_cast<std::size_t>(reader.unsignedLe(2)));
  std::int64_t seconds = 0;
  for (ZoneTransition& transition : transitions) {
    seconds += static_cast<std::int64_t>(reader.leb128() & 0xFFFFFFFFFF);  // a delta over 34,000 years is damage
    transition = {seconds, static_cast<std::uint8_t>(reader.unsignedLe(1))};
  }
  const std::string_view rule = reader.text(static_cast<std::size_t>(reader.unsignedLe(1)));
  if (!reader.ok()) return std::nullopt;
  return TimeZone::build(std::string(found->name), std::move(types), initial, transitions, rule);
}

std::optional<TimeZone> ZoneDatabase::resolve(std::string_view text) const {
  text = trim(text);
  if (auto zone = find(text)) return zone;
  if (const auto offset = parseUtcOffset(text)) return TimeZone::fixed(*offset);
  return std::nullopt;
}

std::vector<std::string_view> ZoneDatabase::listedNames() const {
  std::vector<std::string_view> names;
  for (const Entry& e : entries_)
    if (e.listed) names.push_back(e.name);
  return names;
}

} // namespace carescore
