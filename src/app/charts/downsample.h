// M4 reduction of dense series before drawing (Jugel et al., VLDB 2014): per pixel column keep the
// first, minimum, maximum and last point. The polyline through them rasterizes exactly like the
// full series, in one O(n) pass, so a million points become at most 4 × width.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

namespace carescore::charts {

// Indices into the input, ascending, of the points to draw: per column of `columns` equal slices
// of [xMin, xMax], the first, lowest, highest and last point (fewer when they coincide). `x` is
// ascending; an empty `x` means x = index. NaN values of `y` are gaps and are never chosen; points
// outside [xMin, xMax] are skipped. `out` is cleared first (a caller may reuse its capacity).
void m4Indices(std::span<const double> x, std::span<const double> y, double xMin, double xMax, int columns,
               std::vector<std::uint32_t>& out);

} // namespace carescore::charts
