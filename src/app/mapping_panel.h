// The mapping review of one file: the detected vendor and record kind with confidence (the kind
// can be changed), the time zone and where it came from, one row per source column — sample
// values, inferred type and format, the canonical field in a combo box, unit and value map — and
// the fields the default profile's standards still lack. A change is an intent
// (state.request.mappingEdits); the App re-maps that file. Draws; decides nothing.
#pragma once

namespace carescore {

struct AppState;
struct LoadedFile;

void drawMappingReview(AppState& state, const LoadedFile& file);

} // namespace carescore
