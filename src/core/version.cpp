#include "core/version.h"

std::string_view carescore::version() { return CARESCORE_VERSION; }
