// Ascending order of a sample of numbers, for the rank test of a period comparison. A radix sort:
// durations in whole seconds differ only in a few bits of their order key, so two or three passes
// sort a million of them, several times faster than std::sort.
#pragma once
#include <span>

namespace carescore {

// Sorts `values` ascending; they must not be NaN (infinities are fine). Equal values keep no
// particular order, and -0.0 comes before +0.0.
void sortAscending(std::span<double> values);

} // namespace carescore
