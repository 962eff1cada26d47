#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// Backlog, UTC; the period is March 2026 (ends 04-01 00:00).
//   row  created      resolved / closed        status   channel   open at 03-01?  at 04-01?
//   1    02-20        resolved 03-05           closed   phone     yes             no
//   2    02-25        –                        open     email     yes             yes
//   3    03-10        resolved 03-12           solved   email                     no
//   4    03-15        –                        pending  phone                     yes
//   5    03-31 20:00  resolved 04-02           open     email                     yes (resolved after)
//   6    04-03        –                        open     email     (after the period)
//   7    03-20        closed 03-21             closed   phone                     no
Dataset backlogFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTimes(t, "created_at", {utc(2026, 2, 20), utc(2026, 2, 25), utc(2026, 3, 10), utc(2026, 3, 15), utc(2026, 3, 31, 20),
                             utc(2026, 4, 3), utc(2026, 3, 20)});
  addTimes(t, "resolved_at", {utc(2026, 3, 5), kNA, utc(2026, 3, 12), kNA, utc(2026, 4, 2), kNA, kNA});
  addTimes(t, "closed_at", {kNA, kNA, kNA, kNA, kNA, kNA, utc(2026, 3, 21)});
  addTexts(t, "status", {"closed", "open", "solved", "pending", "open", "open", "closed"});
  addTexts(t, "channel", {"phone", "email", "email", "phone", "email", "email", "phone"});
  return data;
}

const UtcRange kMarch{utc(2026, 3, 1), utc(2026, 4, 1)};

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("backlog ratio: open at the period's end per contact received") {
  const Dataset data = backlogFixture();
  MetricContext context(data, smallSampleSettings());
  SelectionSet march(context, Filter{kMarch, {}});
  // Open at 04-01: rows 2, 4, 5; received in March: rows 3, 4, 5, 7 → 3/4.
  const MetricResult r = computeMetric(march, request("backlog_ratio"));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "ratio") == 0.75);
  CHECK(r.n == 4);
  // By status: rows created before 04-01 whose status is open or pending: 2, 4, 5 → 3/4.
  CHECK(valueOf(computeMetric(march, request("backlog_ratio", "open_by_status")), "ratio") == 0.75);
  // By channel: phone received 4, 7 with 4 open → 0.5; email received 3, 5 with 2, 5 open → 1.
  const SegmentSplit channels = splitBy(march, request("backlog_ratio"), Segmentation::byField("channel"));
  REQUIRE_FALSE(channels.failure);
  REQUIRE(channels.segments.size() == 2);
  for (const Segment& segment : channels.segments) {
    CAPTURE(segment.label.key);
    CHECK(segment.records == 2);
    CHECK(valueOf(segment.result, "ratio") == (segment.label.key == "phone" ? 0.5 : 1.0));
  }
  // Monthly over February and March: each month's own end. February received 1, 2, both open on
  // 03-01 → 1.0; March 0.75 as above.
  SelectionSet two(context, Filter{UtcRange{utc(2026, 2, 1), utc(2026, 4, 1)}, {}});
  const SegmentSplit months = trend(two, request("backlog_ratio"), SegmentBy::Month);
  REQUIRE(months.segments.size() == 2);
  CHECK(months.segments[0].label.key == "2026-02");
  CHECK(valueOf(months.segments[0].result, "ratio") == 1.0);
  CHECK(valueOf(months.segments[1].result, "ratio") == 0.75);
  // Without a period: open now (2, 4, 6) of all 7 received.
  CHECK(valueOf(computeAll(data, smallSampleSettings(), request("backlog_ratio")), "ratio") == Approx(3.0 / 7.0));
}

TEST_CASE("backlog ratio under a filter: only the filter's contacts are open, received or unknown") {
  // The open contacts are read from the contacts ordered by when they stop being open, and a
  // filter's rows through a bitmap: the email contacts 2 and 5, open at 04-01, must not count
  // for phone. Phone: February received 1, open on 03-01 (resolved 03-05) → 1.0; March received
  // 4, 7, of which 4 is open at 04-01 (1 resolved, 7 closed) → 0.5.
  Dataset data = backlogFixture();
  addTexts(data.of(RecordKind::Contact), "team", {"a", "a", "a", "a", "a", "a", "b"});
  MetricContext context(data, smallSampleSettings());
  const std::vector<FieldFilter> phone = {{"channel", {"phone"}}};
  SelectionSet march(context, Filter{kMarch, phone});
  CHECK(valueOf(computeMetric(march, request("backlog_ratio")), "ratio") == 0.5);
  // By status, phone contacts created before 04-01: 1 closed, 4 pending, 7 closed → 4 open, 1/2.
  CHECK(valueOf(computeMetric(march, request("backlog_ratio", "open_by_status")), "ratio") == 0.5);
  SelectionSet two(context, Filter{UtcRange{utc(2026, 2, 1), utc(2026, 4, 1)}, phone});
  const SegmentSplit months = trend(two, request("backlog_ratio"), SegmentBy::Month);
  REQUIRE(months.segments.size() == 2);
  CHECK(valueOf(months.segments[0].result, "ratio") == 1.0);
  CHECK(valueOf(months.segments[1].result, "ratio") == 0.5);
  // Split by team within phone, March: team a received 4 (open) → 1.0; team b received 7 (closed) → 0.
  const SegmentSplit teams = splitBy(march, request("backlog_ratio"), Segmentation::byField("team"));
  REQUIRE(teams.segments.size() == 2);
  for (const Segment& segment : teams.segments) {
    CAPTURE(segment.label.key);
    CHECK(valueOf(segment.result, "ratio") == (segment.label.key == "a" ? 1.0 : 0.0));
  }
  // A period whose end precedes every contact: nothing received, nothing open.
  SelectionSet early(context, Filter{UtcRange{utc(2026, 1, 1), utc(2026, 2, 1)}, phone});
  CHECK_FALSE(computeMetric(early, request("backlog_ratio")).value("ratio").has_value());
}

TEST_CASE("backlog ratio: counted from sorted instants, as by the definition, with and without filters and splits") {
  // 3,000 contacts over 90 days: resolved after minutes to weeks, closed only, never resolved,
  // resolved before created (open at no instant), unknown status, without created_at. Without a
  // filter or a field split the open contacts are counted by binary searches; each result must be
  // the definition's count over the rows: open at e ⇔ created < e ≤ until.
  std::uint64_t state = 17;
  const auto next = [&](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % below;
  };
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  for (const char* name : {"created_at", "resolved_at", "closed_at"}) t.add(name, ValueType::Timestamp);
  for (const char* name : {"status", "channel"}) t.add(name, ValueType::Category);
  Column& created = *t.find("created_at");  // after every add: adding moves the columns
  Column& resolved = *t.find("resolved_at");
  Column& closed = *t.find("closed_at");
  Column& status = *t.find("status");
  Column& channel = *t.find("channel");
  const std::int64_t first = utc(2026, 1, 1);
  struct Row { std::optional<std::int64_t> created, until; bool known, openByStatus; std::string channel; };
  std::vector<Row> rows;
  for (int i = 0; i < 3000; ++i) {
    Row row;
    if (next(50) != 0) row.created = first + static_cast<std::int64_t>(next(90 * 24)) * kMsPerHour;
    const std::uint64_t fate = next(20);
    std::optional<std::int64_t> resolvedAt, closedAt;
    if (row.created && fate < 12) resolvedAt = *row.created + static_cast<std::int64_t>(next(24 * 21)) * kMsPerHour;
    else if (row.created && fate < 14) closedAt = *row.created + static_cast<std::int64_t>(next(24 * 3)) * kMsPerHour;
    else if (row.created && fate == 14) resolvedAt = *row.created - kMsPerHour;
    row.until = resolvedAt ? resolvedAt : closedAt;
    const char* statusText = fate == 15 ? "" : fate < 15 && fate != 13 ? "solved" : "open";
    row.known = statusText[0] != 0;
    row.openByStatus = std::string(statusText) == "open";
    row.channel = next(3) == 0 ? "phone" : "email";
    for (const auto& [column, at] : {std::pair{&created, row.created}, {&resolved, resolvedAt}, {&closed, closedAt}}) {
      if (at) column->appendTime(*at);
      else column->appendMissing();
    }
    if (row.known) status.appendText(statusText);
    else status.appendMissing();
    channel.appendText(row.channel);
    rows.push_back(row);
  }
  const auto expected = [&](const UtcRange& period, std::int64_t end, bool byStatus, const std::string& only) {
    std::uint64_t open = 0, received = 0;
    for (const Row& row : rows) {
      if (!only.empty() && row.channel != only) continue;
      if (row.created && period.contains(*row.created)) ++received;
      if (!row.created || *row.created >= end) continue;
      if (byStatus ? row.known && row.openByStatus : (!row.until || *row.until >= end)) ++open;
    }
    return static_cast<double>(open) / static_cast<double>(received);
  };
  MetricContext context(data, smallSampleSettings());
  const UtcRange months[] = {{utc(2026, 1, 1), utc(2026, 2, 1)}, {utc(2026, 2, 1), utc(2026, 3, 1)}, {utc(2026, 3, 1), utc(2026, 4, 1)}};
  for (const std::string only : {"", "phone"})
    for (const bool byStatus : {false, true}) {
      CAPTURE(only);
      CAPTURE(byStatus);
      std::vector<FieldFilter> filter;
      if (!only.empty()) filter = {{"channel", {only}}};
      const std::string variant = byStatus ? "open_by_status" : "";
      for (const UtcRange& month : months) {
        SelectionSet selection(context, Filter{month, filter});
        CHECK(valueOf(computeMetric(selection, request("backlog_ratio", variant)), "ratio") == expected(month, month.endMs, byStatus, only));
        // Daily: each day's own end (by status: every state is read as it is now).
        const SegmentSplit days = trend(selection, request("backlog_ratio", variant), SegmentBy::Day);
        REQUIRE(days.segments.size() >= 28);
        int compared = 0;
        for (const Segment& day : days.segments) {
          const UtcRange bucket = *day.label.period;
          if (const auto value = day.result.value("ratio")) {
            CHECK(*value == expected(bucket, bucket.endMs, byStatus, only));
            ++compared;
          }
        }
        CHECK(compared >= 20);
      }
      // A split by channel goes through the rows, not the counts: the same definition per channel.
      SelectionSet march(context, Filter{months[2], {}});
      const SegmentSplit channels = splitBy(march, request("backlog_ratio", variant), Segmentation::byField("channel"));
      REQUIRE(channels.segments.size() == 2);
      for (const Segment& segment : channels.segments)
        CHECK(valueOf(segment.result, "ratio") == expected(months[2], months[2].endMs, byStatus, segment.label.key));
    }
}

TEST_CASE("transfers and replies per contact") {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addNumbers(t, "transfers", {0, 1, 3, kNA, 0}, ValueType::Integer);
  addNumbers(t, "agent_replies", {1, 4, 2, 7, kNA}, ValueType::Integer);
  addTexts(t, "status", {"solved", "solved", "open", "solved", "solved"});
  // Transfers 0, 1, 3, 0: mean 1; transferred 2/4.
  const MetricResult transfers = computeAll(data, smallSampleSettings(), request("transfers_per_contact"));
  CHECK(valueOf(transfers, "mean") == 1.0);
  CHECK(transfers.find("share_transferred")->numerator == 2);
  CHECK(transfers.find("share_transferred")->denominator == 4);
  // Replies on resolved contacts: 1, 4, 7 → mean 4, median 4; on every contact: 1, 4, 2, 7 → 3.5, 3.
  const MetricResult resolved = computeAll(data, smallSampleSettings(), request("replies_per_contact"));
  CHECK(valueOf(resolved, "mean") == 4.0);
  CHECK(valueOf(resolved, "median") == 4.0);
  CHECK(resolved.noteCount("unresolved") == 1);
  const MetricResult all = computeAll(data, smallSampleSettings(), request("replies_per_contact", "all_contacts"));
  CHECK(valueOf(all, "mean") == 3.5);
  CHECK(valueOf(all, "median") == 3.0);
}

TEST_CASE("repeat topics: FAQ candidates after normalization") {
  // 55 contacts: 20 × "where is my order" (three spellings), 10 × "refund request" (three
  // spellings), 1 × "login problem", 19 other topics once each, 5 without a topic.
  Dataset data;
  Column& topic = data.of(RecordKind::Contact).add("topic", ValueType::Text);
  const char* order[] = {"Where is my order?", "where is my order", "WHERE IS MY ORDER!!"};
  const char* refund[] = {"Refund request", "refund request.", "Re: Refund request"};
  for (int i = 0; i < 20; ++i) topic.appendText(order[i % 3]);
  for (int i = 0; i < 10; ++i) topic.appendText(refund[i % 3]);
  topic.appendText("Login problem");
  const char* other[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
                         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau"};
  for (const char* word : other) topic.appendText(std::string("about ") + word);
  for (int i = 0; i < 5; ++i) topic.appendMissing();
  // n = 50 with a topic. ≥ 3 %: "where is my order" 20 (40 %), "refund request" 10 (20 %): 2
  // candidates holding 30/50; the top topic 20/50. The FAQ already covers refunds: 1 uncovered.
  const MetricResult r = computeAll(data, smallSampleSettings(),
                                    request("repeat_topics", "", {{"covered_topics", std::vector<std::string>{"REFUND request"}}}));
  REQUIRE(r.ok());
  CHECK(r.n == 50);
  CHECK(valueOf(r, "uncovered_candidates") == 1);
  CHECK(valueOf(r, "candidate_count") == 2);
  CHECK(valueOf(r, "top_topic_share") == Approx(0.4));
  CHECK(valueOf(r, "candidates_share") == Approx(0.6));
  CHECK(r.noteCount("without_topic") == 5);
  // At 2 % every topic (1 of 50) qualifies: 22 candidates, none covered but refunds.
  const MetricResult low = computeAll(data, smallSampleSettings(), request("repeat_topics", "", {{"min_share_percent", 2.0}}));
  CHECK(valueOf(low, "candidate_count") == 22);
  CHECK(valueOf(low, "uncovered_candidates") == 22);
  // A standard asking for 100 contacts: insufficient, 50 of 100.
  MetricRequest strict = request("repeat_topics");
  strict.minN = 100;
  CHECK(computeAll(data, smallSampleSettings(), strict).insufficient == InsufficientData{50, 100});
}

}
