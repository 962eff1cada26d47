// Reading TZif files (RFC 8536, versions 1–4), the compiled form of the IANA time-zone database
// found in /usr/share/zoneinfo. For tests and tools that have such files; the app uses the packed
// copy in ZoneDatabase. Leap-second records are ignored (UTC here is POSIX time).
#pragma once
#include <optional>
#include <span>
#include <string>

#include "core/time/time_zone.h"

namespace carescore {

struct TzifResult {
  std::optional<TimeZone> zone;
  std::string error;  // when there is no zone: what is wrong, and at which byte
};

TzifResult readTzif(std::span<const unsigned char> bytes, std::string name);

} // namespace carescore
