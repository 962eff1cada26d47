#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"
#include "core/metrics/selection_pool.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

// Six contacts and a customer list: channel (two spellings of chat), team, topic, customer, flag.
Dataset filterFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTimes(t, "created_at", {utc(2026, 3, 1), utc(2026, 3, 5), utc(2026, 3, 31, 23, 59), utc(2026, 4, 1), kNA, utc(2026, 2, 28)});
  addTexts(t, "channel", {"chat", "Chat", "phone", "chat", "chat", "email"});
  addTexts(t, "team", {"A", "B", "A", "A", "A", kNA});
  addTexts(t, "topic", {"Where is my order?", "Re: where is my order", "Refund", "refund!", kNA, "Refund"}, ValueType::Text);
  addTexts(t, "customer_id", {"k1", "k2", "k3", "k1", "k2", "k9"}, ValueType::Text);
  addNumbers(t, "sla_breached", {1, 0, 0, 1, kNA, 0}, ValueType::Boolean);
  Table& c = data.of(RecordKind::Customer);
  addTexts(c, "customer_id", {"k1", "k2", "k3"}, ValueType::Text);
  addTexts(c, "segment", {"VIP", "retail", "retail"});
  return data;
}

std::vector<std::uint32_t> rowsOf(const Dataset& data, const Filter& filter, RecordKind kind = RecordKind::Contact) {
  MetricContext context(data);
  return select(context, kind, filter).rows;
}

const UtcRange kMarch{utc(2026, 3, 1), utc(2026, 4, 1)};

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("selection: a period is half-open on the kind's reference time; rows without one are counted") {
  const Dataset data = filterFixture();
  MetricContext context(data);
  const Selection march = select(context, RecordKind::Contact, Filter{kMarch, {}});
  CHECK(march.rows == std::vector<std::uint32_t>{0, 1, 2});  // 04-01 00:00 is outside, 02-28 too
  CHECK(march.withoutTime == 1);
  CHECK(march.periodField == "created_at");
  CHECK(rowsOf(data, {}).size() == 6);  // no filter: every row, dated or not
}

TEST_CASE("selection: values match ignoring case, fields combine with AND, values with OR") {
  const Dataset data = filterFixture();
  CHECK(rowsOf(data, Filter().where("channel", {"CHAT"})) == std::vector<std::uint32_t>{0, 1, 3, 4});
  CHECK(rowsOf(data, Filter().where("channel", {"chat", "email"})) == std::vector<std::uint32_t>{0, 1, 3, 4, 5});
  CHECK(rowsOf(data, Filter{kMarch, {}}.where("channel", {"chat"}).where("team", {"A"})) == std::vector<std::uint32_t>{0});
  // Topics match after normalization; flags by "true" / "false"; customers' fields through customer_id.
  CHECK(rowsOf(data, Filter().where("topic", {"WHERE IS MY ORDER"})) == std::vector<std::uint32_t>{0, 1});
  CHECK(rowsOf(data, Filter().where("sla_breached", {"true"})) == std::vector<std::uint32_t>{0, 3});
  CHECK(rowsOf(data, Filter().where("customer.segment", {"retail"})) == std::vector<std::uint32_t>{1, 2, 4});
  CHECK(rowsOf(data, Filter().where("channel", {"fax"})).empty());
}

TEST_CASE("selection: filters that cannot apply say why, and metrics report it instead of a number") {
  const Dataset data = filterFixture();
  MetricContext context(data);
  const auto problemsOf = [&](const Filter& filter, RecordKind kind = RecordKind::Contact) {
    return select(context, kind, filter).problems;
  };
  CHECK(problemsOf(Filter().where("priority", {"high"})) ==
        std::vector<std::string>{"needs field priority to filter contact records by it"});
  CHECK(problemsOf(Filter().where("team", {"A"}), RecordKind::Survey) == std::vector<std::string>{"survey records have no field team"});
  CHECK(problemsOf(Filter().where("handle_seconds", {"5"})) ==
        std::vector<std::string>{"handle_seconds holds numbers or times; filters match categories, texts and flags"});
  CHECK(problemsOf(Filter().where("team", {})) == std::vector<std::string>{"the filter on team lists no values to keep"});
  CHECK(problemsOf(Filter().where("sla_breached", {"maybe"})).size() == 1);
  CHECK(problemsOf(Filter().where("order.customer_id", {"k1"})) ==
        std::vector<std::string>{"contact records cannot be filtered by order.customer_id"});
  // A metric under such a filter: the missing field, not a number from the wrong records.
  SelectionSet priority(context, Filter().where("priority", {"high"}));
  const MetricResult r = computeMetric(priority, request("volume"));
  CHECK(r.status == ResultStatus::MissingInputs);
  CHECK(r.missingInputs == std::vector<std::string>{"needs field priority to filter contact records by it"});
  Dataset withSurveys = filterFixture();
  addNumbers(withSurveys.of(RecordKind::Survey), "nps", {9, 3});
  MetricContext surveys(withSurveys);
  SelectionSet team(surveys, Filter().where("team", {"A"}));
  const MetricResult nps = computeMetric(team, request("nps"));
  CHECK(nps.status == ResultStatus::Invalid);
  CHECK(nps.message == "survey records have no field team");
}

TEST_CASE("selection: a standard's scope as a filter") {
  Scope scope;
  scope.channels = {"chat", "phone"};
  scope.filters.push_back({"team", {"A"}});
  const Filter filter = filterFor(scope, kMarch);
  REQUIRE(filter.fields.size() == 2);
  CHECK(filter.fields[0] == FieldFilter{"channel", {"chat", "phone"}});
  CHECK(filter.fields[1] == FieldFilter{"team", {"A"}});
  CHECK(filter.period == kMarch);
  CHECK(rowsOf(filterFixture(), filter) == std::vector<std::uint32_t>{0, 2});
}

TEST_CASE("selection pool: a set's selections start from a broader one the pool made, and equal those made alone") {
  const Dataset data = filterFixture();
  MetricContext context(data);
  SelectionPool pool(context);
  const UtcRange february{utc(2026, 2, 1), utc(2026, 3, 1)};
  const auto alone = [&](const Filter& filter, RecordKind kind = RecordKind::Contact) { return select(context, kind, filter); };
  const auto sameAs = [](const Selection& pooled, const Selection& made) {
    CHECK(pooled.rows == made.rows);
    CHECK(pooled.withoutTime == made.withoutTime);
    CHECK(pooled.periodField == made.periodField);
    CHECK(pooled.period == made.period);
    CHECK(pooled.problems == made.problems);
  };
  const Filter march{kMarch, {}};
  CHECK(pool.of(march).of(RecordKind::Contact).rows == std::vector<std::uint32_t>{0, 1, 2});
  // Narrowed from March's rows: chat, then chat of team A.
  const Filter chat = Filter{kMarch, {}}.where("channel", {"chat"});
  sameAs(pool.of(chat).of(RecordKind::Contact), alone(chat));
  CHECK(pool.of(chat).of(RecordKind::Contact).rows == std::vector<std::uint32_t>{0, 1});
  CHECK(pool.of(chat).of(RecordKind::Contact).withoutTime == 1);
  const Filter chatOfA = Filter{kMarch, {}}.where("team", {"A"}).where("channel", {"chat"});
  CHECK(pool.of(chatOfA).of(RecordKind::Contact).rows == std::vector<std::uint32_t>{0});
  // Another period, or none, never starts from March's rows.
  const Filter chatInFebruary = Filter{february, {}}.where("channel", {"chat"});
  sameAs(pool.of(chatInFebruary).of(RecordKind::Contact), alone(chatInFebruary));
  CHECK(pool.of(chatInFebruary).of(RecordKind::Contact).rows.empty());
  const Filter chatAnyTime = Filter().where("channel", {"chat"});
  CHECK(pool.of(chatAnyTime).of(RecordKind::Contact).rows == std::vector<std::uint32_t>{0, 1, 3, 4});
  CHECK(pool.of(chatAnyTime).of(RecordKind::Contact).withoutTime == 0);
  // Every period alike: the value filters alone, and customers (no time field), each with its own period.
  sameAs(pool.of(chatInFebruary).allTime(RecordKind::Contact), select(context, RecordKind::Contact, chatInFebruary, {}, false));
  sameAs(pool.of(chat).allTime(RecordKind::Contact), select(context, RecordKind::Contact, chat, {}, false));
  CHECK(pool.of(chat).allTime(RecordKind::Contact).rows == std::vector<std::uint32_t>{0, 1, 3, 4});
  sameAs(pool.of(march).of(RecordKind::Customer), alone(march, RecordKind::Customer));
  const Filter inFebruary{february, {}};
  sameAs(pool.of(inFebruary).of(RecordKind::Customer), alone(inFebruary, RecordKind::Customer));
  CHECK(pool.of(inFebruary).of(RecordKind::Customer).rows == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(pool.of(inFebruary).of(RecordKind::Customer).period == february);
  // A filter that cannot apply says so, as when made alone.
  const Filter byTeam = Filter{kMarch, {}}.where("team", {"A"});
  sameAs(pool.of(byTeam).of(RecordKind::Survey), alone(byTeam, RecordKind::Survey));
}

}
