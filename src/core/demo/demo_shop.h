// The demo data: six weeks (2026-02-16 … 2026-03-31) of exports of "Mộc Trà", a fictional small
// online tea and ceramics shop in Ho Chi Minh City, written as its tools would write them. The
// story the scorecard must tell (tests/core/scorecard/demo_story_test.cpp checks it):
//   - calls fail the 2-minute service level: Monday mornings are understaffed (long waits, abandons);
//   - chats are answered within 3 minutes: pass;
//   - same-day resolution of tickets hovers at the 70 % target: at risk;
//   - NPS and CSAT are fine; the leader-level NPS of 75 is not reached;
//   - deliveries within 3 days fail because of the Central region (Miền Trung).
// Deterministic: the same bytes every run, natively and in WebAssembly. The page opens with these
// files, written at start instead of shipped (390 KB of CSV); `carescore-gen --kind demo` writes
// them to assets/demo/ for the CLI and for users to drop.
#pragma once
#include <string>
#include <vector>

namespace carescore {

struct DemoFile {
  std::string name;     // e.g. "moctra_tickets.csv"
  std::string content;  // UTF-8, CRLF line ends
};

std::vector<DemoFile> demoShopFiles();

} // namespace carescore
