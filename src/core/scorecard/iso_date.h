// "YYYY-MM-DD" as a calendar date, for goal time frames and the CLI's --from/--to. Strict: four
// digits, two, two, a real date. Not times of day (ingest/ reads those).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/time/civil.h"

namespace carescore {

std::optional<CivilDate> parseIsoDate(std::string_view text);
std::string isoDate(CivilDate date);

} // namespace carescore
