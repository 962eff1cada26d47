// Profile → JSON text in the document's canonical form (keys in FORMAT.md's order, two-space
// indent, whole numbers without a decimal point), so an edited profile saves and reads back the same.
#pragma once
#include <string>

#include "core/standards/profile.h"

namespace carescore {

std::string writeProfile(const Profile& profile);

} // namespace carescore
