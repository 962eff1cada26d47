// Fixed demo series for the chart gallery: the same numbers on every run, shaped like a real
// month of a small contact centre (weekday peaks, a bad Monday, lunch dips), so screenshots in
// each language can be compared. Not used by any real view.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

namespace carescore::gallery {

struct GalleryData {
  // September 2026, one point a day: service level (%) of calls and chats, with 95 % intervals.
  std::vector<double> dayMs, phoneLevel, phoneLower, phoneUpper, chatLevel;
  std::vector<std::uint64_t> phoneCalls, chats;
  // 1,000,000 calls over the month: each call's wait in seconds, at its time.
  std::vector<double> denseMs, denseWaitSeconds;
  // Service level (%) by channel, August and September; contacts behind each.
  std::array<double, 4> levelAugust{}, levelSeptember{};
  std::array<std::uint64_t, 4> contactsAugust{}, contactsSeptember{};
  // Survey answers by month (July–September): promoters, passives, detractors.
  std::array<double, 3> promoters{}, passives{}, detractors{};
  // Wait time distribution: 30 s bins from 0 to 10 min.
  std::vector<double> waitEdges;
  std::vector<std::uint64_t> waitCounts;
  // Calls per hour of week, Monday 00:00 first; NaN where the centre is closed.
  std::vector<double> callsByHour;
  std::vector<std::uint64_t> callsByHourN;
};

// Built on first use (the dense series takes a few milliseconds), then shared.
const GalleryData& galleryData();

} // namespace carescore::gallery
