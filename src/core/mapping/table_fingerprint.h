// A read table's identity, for "this file is already loaded": a stable 64-bit hash of its header
// signature and every cell (type, validity, value), so the same export dropped twice — under any
// file name, in any chunking — is recognized and not counted twice. Not a byte hash: the app
// streams bytes into the reader and keeps only the table.
#pragma once
#include <string>

#include "core/table/table.h"

namespace carescore {

// 16 hex digits; equal tables give equal fingerprints, on every platform and build.
std::string tableFingerprint(const Table& table);

} // namespace carescore
