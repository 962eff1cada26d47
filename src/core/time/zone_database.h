// The IANA time zones the engine knows, read from the blob that assets/pack_zones.py packs from
// Debian's tzdata at build time (1970 on). The core takes the bytes; the caller passes
// carescore::assets::zoneDatabase(), which lives as long as the program. Not a zone: see TimeZone.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/time_zone.h"

namespace carescore {

class ZoneDatabase {
public:
  // Checks the blob's structure; nothing (and `error`) when it is not a zone blob. The bytes are
  // not copied: they must outlive the database.
  static std::optional<ZoneDatabase> open(std::span<const unsigned char> blob, std::string* error = nullptr);

  // An IANA name in any letter case, including the old names people still type (Asia/Saigon,
  // US/Eastern). The zone's name is the database's spelling of the name asked for.
  std::optional<TimeZone> find(std::string_view name) const;

  // find(), or else an offset as a header or setting writes it ("UTC+07:00", "+03:00", "GMT-5").
  std::optional<TimeZone> resolve(std::string_view text) const;

  // The names to offer in a settings list (zone.tab and zone1970.tab, plus UTC), sorted.
  std::vector<std::string_view> listedNames() const;
  std::size_t nameCount() const { return entries_.size(); }
  std::string_view version() const { return version_; }  // tzdata release, e.g. "2025b"

private:
  struct Entry {
    std::string_view name;
    std::uint16_t record = 0;
    bool listed = false;
  };
  const Entry* entry(std::string_view name) const;

  std::span<const unsigned char> blob_;
  std::string_view version_;
  std::vector<Entry> entries_;  // sorted by lower-case name
  std::vector<std::uint32_t> recordOffsets_;
};

} // namespace carescore
