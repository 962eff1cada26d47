// One CSV cell written safely: a cell a spreadsheet would read as a formula (starting with =, +,
// -, @, tab or CR) gets a leading apostrophe, and cells with a comma, quote or line break are
// quoted per RFC 4180. Not a CSV reader (ingest/).
#pragma once
#include <string>
#include <string_view>

namespace carescore {

std::string csvCell(std::string_view text);

} // namespace carescore
