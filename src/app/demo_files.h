// The embedded demo shop's exports as the App takes them: name and bytes, in file-name order (as
// the CLI's `carescore score assets/demo/*` reads them, so both build the same dataset).
#pragma once
#include <vector>

#include "app/app.h"

namespace carescore {

std::vector<NamedBytes> demoFiles();

} // namespace carescore
