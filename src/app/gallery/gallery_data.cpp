#include "app/gallery/gallery_data.h"

#include <cmath>

#include "app/i18n/calendar.h"

namespace carescore::gallery {

namespace {

// A small deterministic generator (PCG-style LCG): the same series on every machine and build.
struct Random {
  std::uint64_t state = 0x2545F4914F6CDD1DULL;
  double uniform() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) * (1.0 / 9007199254740992.0);
  }
};

// Calls an hour typically get on a weekday (Monday = 0) at this hour; 0 when closed.
double hourlyLoad(int weekday, int hour) {
  if (hour < 7 || hour >= 21) return 0;
  const double shape = 40.0 + 55.0 * std::exp(-0.5 * std::pow((hour - 10.5) / 1.6, 2)) +
                       35.0 * std::exp(-0.5 * std::pow((hour - 15.0) / 1.8, 2)) - (hour == 12 ? 18.0 : 0.0);
  const double day = weekday == 0 ? 1.35 : weekday >= 5 ? (weekday == 5 ? 0.55 : 0.0) : 1.0 - 0.05 * weekday;
  return shape * day;
}

GalleryData build() {
  GalleryData d;
  Random random;
  const std::int64_t september = daysFromCivil({2026, 9, 1});
  for (int i = 0; i < 30; ++i) {
    const int weekday = isoWeekday(september + i) - 1;
    d.dayMs.push_back(static_cast<double>((september + i) * kMsPerDay));
    const std::uint64_t calls = weekday == 6 ? 0 : static_cast<std::uint64_t>(900 * (weekday == 0 ? 1.3 : weekday == 5 ? 0.5 : 1.0) + 60 * random.uniform());
    const double level = weekday == 6 ? NAN : 86.0 - (weekday == 0 ? 7.0 : 0.0) + 6.0 * random.uniform() + 0.15 * i;
    // Wilson-like half-width for a proportion p over n calls: 1.96·sqrt(p(1−p)/n).
    const double half = calls ? 196.0 * std::sqrt(level / 100.0 * (1 - level / 100.0) / static_cast<double>(calls)) : NAN;
    d.phoneCalls.push_back(calls);
    d.phoneLevel.push_back(level);
    d.phoneLower.push_back(level - half);
    d.phoneUpper.push_back(std::fmin(100.0, level + half));
    d.chats.push_back(static_cast<std::uint64_t>(600 + 80 * random.uniform()));
    d.chatLevel.push_back(93.0 + 4.0 * random.uniform());
  }
  constexpr std::size_t kDense = 1'000'000;
  d.denseMs.resize(kDense);
  d.denseWaitSeconds.resize(kDense);
  const double startMs = static_cast<double>(september * kMsPerDay);
  const double spanMs = 30.0 * static_cast<double>(kMsPerDay);
  for (std::size_t i = 0; i < kDense; ++i) {
    const double t = startMs + spanMs * static_cast<double>(i) / kDense;
    const double hourOfDay = std::fmod((t - startMs) / 3.6e6, 24.0);
    const double busy = std::exp(-0.5 * std::pow((hourOfDay - 10.5) / 2.0, 2));
    d.denseMs[i] = t;
    d.denseWaitSeconds[i] = -std::log(1.0 - random.uniform()) * (20.0 + 90.0 * busy);
  }
  d.levelAugust = {88.2, 95.1, 81.0, 74.5};
  d.levelSeptember = {82.4, 96.1, 84.3, 79.0};
  d.contactsAugust = {3104, 3291, 1420, 388};
  d.contactsSeptember = {2914, 3402, 1511, 402};
  d.promoters = {412, 398, 455};
  d.passives = {210, 231, 198};
  d.detractors = {96, 120, 84};
  for (int b = 0; b <= 20; ++b) d.waitEdges.push_back(30.0 * b);
  for (int b = 0; b < 20; ++b) d.waitCounts.push_back(static_cast<std::uint64_t>(2400.0 * std::exp(-b / 3.2) + 40 * random.uniform()));
  for (int w = 0; w < 7; ++w)
    for (int h = 0; h < 24; ++h) {
      const double load = hourlyLoad(w, h);
      d.callsByHour.push_back(load > 0 ? std::round(load * (0.9 + 0.2 * random.uniform())) : NAN);
      d.callsByHourN.push_back(load > 0 ? static_cast<std::uint64_t>(d.callsByHour.back()) : 0);
    }
  return d;
}

} // namespace

const GalleryData& galleryData() {
  static const GalleryData data = build();
  return data;
}

} // namespace carescore::gallery
