// The demo shop's exports as the App takes them: name and bytes, in file-name order (as the CLI's
// `carescore score assets/demo/*` reads them, so both build the same dataset).
#pragma once
#include <vector>

#include "app/app.h"

namespace carescore {

// Written by core/demo/demo_shop on the first call (20 ms natively), not shipped in the page;
// the bytes stay for the program's life, as the App keeps only views of them.
const std::vector<NamedBytes>& demoFiles();

} // namespace carescore
