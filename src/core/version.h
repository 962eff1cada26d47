// The product version, one source of truth (the project() line of CMakeLists.txt).
#pragma once
#include <string_view>

namespace carescore {

std::string_view version();

} // namespace carescore
