// The carescore subcommands, one file each; main.cpp dispatches. Exit codes: 0 success,
// 1 a file could not be read (or, for inspect, had errors), 2 usage.
#pragma once

namespace carescore::cli {

inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

int runStats(int argc, char** argv);    // carescore stats FILE...
int runInspect(int argc, char** argv);  // carescore inspect FILES... [--format text|json] …
int runScore(int argc, char** argv);    // carescore score FILES... [--profile P] [--tz Z] [--format json|csv|html] …

} // namespace carescore::cli
