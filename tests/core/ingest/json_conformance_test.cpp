#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

bool hasJsonError(const ReadResult& r) {
  return r.diagnostics.count(DiagnosticCode::JsonSyntax) + r.diagnostics.count(DiagnosticCode::JsonTooDeep) +
             r.diagnostics.count(DiagnosticCode::FieldTooLarge) >
         0;
}

// The i_ files' outcomes as recorded (fixtures/json_test_suite_i.txt: "name accepted|rejected"), so
// a change of behaviour is noticed. Accepted: numbers of any size (kept as text), lone surrogates
// and invalid UTF-8 in strings (replaced by U+FFFD, reported), UTF-16 (decoded). Rejected: 500
// nested arrays (beyond the depth limit of 64).
std::map<std::string, std::string> recordedOutcomes() {
  std::ifstream in(std::string(CARESCORE_SOURCE_DIR) + "/tests/core/ingest/fixtures/json_test_suite_i.txt");
  std::map<std::string, std::string> outcomes;
  std::string name, outcome;
  while (in >> name >> outcome) outcomes[name] = outcome;
  return outcomes;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("JSONTestSuite through the shipping path: y_ accepted, n_ rejected with a position, i_ as recorded (C1)") {
  const std::map<std::string, std::string> recorded = recordedOutcomes();
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(sharedPath("conformance/nst__JSONTestSuite/test_parsing")))
    files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  int accepted = 0, rejected = 0, implementationDefined = 0;
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    CAPTURE(name);
    const auto bytes = readFile(path.string());
    const ReadResult r = readBuffer(bytes, {.fileName = name});
    if (name[0] == 'y') {
      CHECK(r.ok());
      CHECK_FALSE(hasJsonError(r));
      ++accepted;
    } else if (name[0] == 'n') {
      REQUIRE(hasJsonError(r));
      CHECK_FALSE(r.ok());
      const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::JsonSyntax);
      if (!d) d = findDiagnostic(r.diagnostics, DiagnosticCode::JsonTooDeep);
      if (!d) d = findDiagnostic(r.diagnostics, DiagnosticCode::FieldTooLarge);
      REQUIRE(d != nullptr);
      CHECK(d->where.line >= 1);
      CHECK(d->where.column >= 1);
      ++rejected;
    } else {
      const auto it = recorded.find(name);
      REQUIRE_MESSAGE(it != recorded.end(), "no recorded outcome for " << name);
      CHECK(it->second == (hasJsonError(r) ? "rejected" : "accepted"));
      ++implementationDefined;
    }
  }
  CHECK(accepted == 95);
  CHECK(rejected == 188);
  CHECK(implementationDefined == 35);
}

}
