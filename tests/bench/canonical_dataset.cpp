// The generator: one pass per table, distributions from a small deterministic RNG.
#include "bench/canonical_dataset.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/civil.h"

namespace carescore::bench {

namespace {

struct Random {
  std::uint64_t state;
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
  bool chance(double p) { return uniform() < p; }
};

// Contacts per hour of day (relative), a working-day rhythm; weekends get 40 %.
constexpr double kHourWeight[24] = {0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.6, 2.2, 2.4, 2.3,
                                    1.9, 2.1, 2.3, 2.2, 2.0, 1.7, 1.3, 1.0, 0.8, 0.6, 0.4, 0.3};
constexpr const char* kChannels[] = {"phone", "chat", "email", "social"};
constexpr double kChannelShare[] = {0.40, 0.30, 0.25, 0.05};
constexpr const char* kPriorities[] = {"low", "normal", "high", "urgent"};
constexpr const char* kTopicStems[] = {"Order {} late", "Refund for order {}", "Cannot log in", "Change delivery address",
                                       "Đơn hàng {} bị trễ", "Возврат заказа {}", "Invoice {} wrong", "Password reset"};

// Survey comments in the app's three languages, with diacritics, for the comments search.
constexpr const char* kComments[] = {
  "Fast and friendly, thank you!", "Waited too long on the phone.", "The agent solved it at once.",
  "Nhân viên rất nhiệt tình, cảm ơn!", "Chờ quá lâu mới được trả lời.", "Giao hàng chậm nhưng hỗ trợ tốt.",
  "Быстро и вежливо, спасибо!", "Слишком долго ждал ответа.", "Оператор всё объяснил, проблема решена.",
  "Refund still not received after two weeks.",
};
constexpr const char* kServqualDimensions[] = {"reliability", "assurance", "tangibles", "empathy", "responsiveness"};

struct Columns {
  Table& table;
  explicit Columns(Table& t) : table(t) { table.columns.reserve(32); }  // references stay valid while adding
  Column& add(const char* name, ValueType type) {
    table.add(name, type);
    return table.columns.back();
  }
};

// "K" + number without GCC 12's false -Wrestrict on literal + std::string.
std::string label(std::string_view prefix, std::uint64_t number) {
  std::string text(prefix);
  text += std::to_string(number);
  return text;
}

// Sample from weights by inverse CDF over a small table.
template <std::size_t N>
std::size_t pick(Random& random, const double (&weights)[N]) {
  double total = 0;
  for (const double w : weights) total += w;
  double u = random.uniform() * total;
  for (std::size_t i = 0; i < N; ++i) {
    if (u < weights[i]) return i;
    u -= weights[i];
  }
  return N - 1;
}

// Zipf-like topic choice (the k-th topic with weight about 1/k), written the ways customers write:
// with order numbers, reply prefixes, shouting. Numbers normalize to "#", so topics differ by words.
std::string topicText(Random& random, int topics) {
  const int k = static_cast<int>(std::exp(random.uniform() * std::log(static_cast<double>(topics)))) - 1;
  std::string word = "kind";
  for (int n = k; n > 0; n /= 26) word += static_cast<char>('a' + n % 26);
  std::string text = kTopicStems[k % std::size(kTopicStems)];
  if (const auto at = text.find("{}"); at != std::string::npos) text.replace(at, 2, std::to_string(random.below(100000)));
  text += " " + word;
  if (random.chance(0.3)) text = "Re: " + text;
  if (random.chance(0.2)) text += "!!";
  return text;
}

} // namespace

Dataset makeCanonicalDataset(const DatasetSpec& spec) {
  Dataset data;
  Random random{spec.seed};
  const std::int64_t first = spec.firstDayUtcMs;
  const std::uint64_t customers = std::max<std::uint64_t>(1, spec.contacts * 3 / 10);

  // Day weights: weekdays 1, weekends 0.4.
  std::vector<double> hourCdf;
  double total = 0;
  for (int day = 0; day < spec.days; ++day) {
    const Weekday weekday = weekdayOf(dayOf(first) + day);
    const double dayWeight = weekday >= Weekday::Saturday ? 0.4 : 1.0;
    for (int hour = 0; hour < 24; ++hour) hourCdf.push_back(total += dayWeight * kHourWeight[hour]);
  }

  {
    Columns c(data.of(RecordKind::Contact));
    Column& id = c.add("id", ValueType::Text);
    Column& source = c.add("source", ValueType::Category);
    Column& channel = c.add("channel", ValueType::Category);
    Column& created = c.add("created_at", ValueType::Timestamp);
    Column& firstAt = c.add("first_response_at", ValueType::Timestamp);
    Column& answered = c.add("answered_at", ValueType::Timestamp);
    Column& wait = c.add("wait_seconds", ValueType::Duration);
    Column& outcome = c.add("outcome", ValueType::Category);
    Column& resolved = c.add("resolved_at", ValueType::Timestamp);
    Column& closed = c.add("closed_at", ValueType::Timestamp);
    Column& status = c.add("status", ValueType::Category);
    Column& agent = c.add("agent", ValueType::Category);
    Column& team = c.add("team", ValueType::Category);
    Column& priority = c.add("priority", ValueType::Category);
    Column& topic = c.add("topic", ValueType::Text);
    Column& customer = c.add("customer_id", ValueType::Text);
    Column& handle = c.add("handle_seconds", ValueType::Duration);
    Column& replies = c.add("agent_replies", ValueType::Integer);
    Column& transfers = c.add("transfers", ValueType::Integer);
    Column& reopens = c.add("reopens", ValueType::Integer);
    Column& flag = c.add("first_contact_resolved", ValueType::Boolean);
    for (std::uint64_t i = 0; i < spec.contacts; ++i) {
      id.appendText(label("C", i));
      source.appendText(i % 3 == 0 ? "helpdesk.csv" : "calls.csv");
      const std::size_t ch = pick(random, kChannelShare);
      channel.appendText(kChannels[ch]);
      const double u = random.uniform() * total;
      const auto slot = static_cast<std::int64_t>(std::lower_bound(hourCdf.begin(), hourCdf.end(), u) - hourCdf.begin());
      const std::int64_t at = first + slot * kMsPerHour + static_cast<std::int64_t>(random.below(kMsPerHour));
      created.appendTime(at);
      const bool queued = ch <= 1;
      const int agentNumber = static_cast<int>(random.below(static_cast<std::uint64_t>(spec.agents)));
      bool handled = true;
      if (queued) {
        const double w = random.exponential(ch == 0 ? 45 : 25);
        wait.appendNumber(std::round(w));
        const double r = random.uniform();
        if (r < 0.02) {
          outcome.appendText("short_abandoned");
          handled = false;
        } else if (r < 0.11) {
          outcome.appendText("abandoned");
          handled = false;
        } else {
          outcome.appendText("answered");
        }
        if (handled) answered.appendTime(at + static_cast<std::int64_t>(std::round(w)) * 1000);
        else answered.appendMissing();
        firstAt.appendMissing();
      } else {
        wait.appendMissing();
        outcome.appendMissing();
        answered.appendMissing();
        if (random.chance(0.95)) firstAt.appendTime(at + static_cast<std::int64_t>(random.exponential(4 * 3600.0) * 1000));
        else firstAt.appendMissing();
      }
      const bool isResolved = handled && random.chance(0.85);
      if (isResolved) {
        const std::int64_t end = at + static_cast<std::int64_t>(random.exponential(queued ? 1800.0 : 20 * 3600.0) * 1000);
        resolved.appendTime(end);
        if (random.chance(0.7)) closed.appendTime(end + kMsPerDay);
        else closed.appendMissing();
        status.appendText(random.chance(0.5) ? "solved" : "closed");
      } else {
        resolved.appendMissing();
        closed.appendMissing();
        status.appendText(random.chance(0.5) ? "open" : "pending");
      }
      if (handled) {
        agent.appendText(label("agent ", agentNumber));
        team.appendText("team " + std::string(1, static_cast<char>('A' + agentNumber % 6)));
        handle.appendNumber(std::round(random.exponential(ch == 0 ? 300 : ch == 1 ? 600 : 420)));
        replies.appendNumber(static_cast<double>(1 + static_cast<int>(random.exponential(1.2))));
        transfers.appendNumber(random.chance(0.12) ? (random.chance(0.2) ? 2 : 1) : 0);
        reopens.appendNumber(random.chance(0.05) ? 1 : 0);
      } else {
        agent.appendMissing();
        team.appendMissing();
        handle.appendMissing();
        replies.appendMissing();
        transfers.appendMissing();
        reopens.appendMissing();
      }
      priority.appendText(kPriorities[random.below(4)]);
      topic.appendText(topicText(random, spec.topics));
      customer.appendText(label("K", random.below(customers)));
      if (random.chance(0.3)) flag.appendNumber(random.chance(0.7) ? 1 : 0);
      else flag.appendMissing();
    }
  }
  {
    Columns c(data.of(RecordKind::Survey));
    Column& submitted = c.add("submitted_at", ValueType::Timestamp);
    Column& agent = c.add("agent", ValueType::Category);
    Column& channel = c.add("channel", ValueType::Category);
    Column& customer = c.add("customer_id", ValueType::Text);
    Column& nps = c.add("nps", ValueType::Integer);
    Column& csat = c.add("csat", ValueType::Integer);
    Column& ces = c.add("ces", ValueType::Integer);
    for (std::uint64_t i = 0; i < spec.contacts / 10; ++i) {
      submitted.appendTime(first + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(spec.days) * kMsPerDay)));
      agent.appendText(label("agent ", random.below(static_cast<std::uint64_t>(spec.agents))));
      channel.appendText(kChannels[pick(random, kChannelShare)]);
      customer.appendText(label("K", random.below(customers)));
      const double mood = random.uniform();
      nps.appendNumber(std::min(10.0, std::floor(mood * 8 + random.uniform() * 4)));
      if (random.chance(0.8)) csat.appendNumber(1 + std::min(4.0, std::floor(mood * 4 + random.uniform() * 2)));
      else csat.appendMissing();
      if (random.chance(0.5)) ces.appendNumber(1 + static_cast<double>(random.below(7)));
      else ces.appendMissing();
    }
    // Comments and SERVQUAL answers from their own stream, so the tables after keep their values.
    Random extra{spec.seed ^ 0x5E5E5E5EULL};
    const std::size_t surveys = submitted.size();
    Column& comment = c.add("comment", ValueType::Text);
    for (std::size_t i = 0; i < surveys; ++i) {
      if (extra.chance(0.3)) comment.appendText(kComments[extra.below(std::size(kComments))]);
      else comment.appendMissing();
    }
    for (const char* dimension : kServqualDimensions) {
      Column& expected = c.add(("servqual_expected_" + std::string(dimension)).c_str(), ValueType::Integer);
      Column& perceived = c.add(("servqual_perceived_" + std::string(dimension)).c_str(), ValueType::Integer);
      for (std::size_t i = 0; i < surveys; ++i) {
        if (!extra.chance(0.2)) {
          expected.appendMissing();
          perceived.appendMissing();
          continue;
        }
        expected.appendNumber(5 + static_cast<double>(extra.below(3)));
        perceived.appendNumber(3 + static_cast<double>(extra.below(5)));
      }
    }
  }
  {
    Columns c(data.of(RecordKind::Order));
    Column& type = c.add("order_type", ValueType::Category);
    Column& ordered = c.add("ordered_at", ValueType::Timestamp);
    Column& promised = c.add("promised_at", ValueType::Timestamp);
    Column& delivered = c.add("delivered_at", ValueType::Timestamp);
    Column& itemsOrdered = c.add("items_ordered", ValueType::Integer);
    Column& itemsDelivered = c.add("items_delivered", ValueType::Integer);
    Column& customer = c.add("customer_id", ValueType::Text);
    for (std::uint64_t i = 0; i < spec.contacts / 10; ++i) {
      const std::int64_t at = first + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(spec.days) * kMsPerDay));
      const bool appointment = random.chance(0.05);
      type.appendText(appointment ? "appointment" : "order");
      ordered.appendTime(at);
      const std::int64_t promise = at + (appointment ? 3 : 4) * kMsPerDay;
      if (appointment) promised.appendTime(promise);
      else promised.appendMissing();
      if (random.chance(0.95)) delivered.appendTime(promise + static_cast<std::int64_t>((random.uniform() - 0.8) * 2 * kMsPerDay));
      else delivered.appendMissing();
      const double items = 1 + static_cast<double>(random.below(5));
      itemsOrdered.appendNumber(items);
      itemsDelivered.appendNumber(random.chance(0.97) ? items : items - 1);
      customer.appendText(label("K", random.below(customers)));
    }
  }
  {
    Columns c(data.of(RecordKind::Customer));
    Column& id = c.add("customer_id", ValueType::Text);
    Column& segment = c.add("segment", ValueType::Category);
    Column& firstSeen = c.add("first_seen", ValueType::Timestamp);
    Column& lastSeen = c.add("last_seen", ValueType::Timestamp);
    Column& churned = c.add("churned", ValueType::Boolean);
    constexpr const char* kSegments[] = {"retail", "business", "vip"};
    for (std::uint64_t i = 0; i < customers; ++i) {
      id.appendText(label("K", i));
      segment.appendText(kSegments[random.below(3)]);
      const std::int64_t seen = first - static_cast<std::int64_t>(random.below(365)) * kMsPerDay;
      firstSeen.appendTime(seen);
      lastSeen.appendTime(first + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(spec.days))) * kMsPerDay);
      churned.appendNumber(random.chance(0.08) ? 1 : 0);
    }
  }
  {
    Columns c(data.of(RecordKind::AgentTime));
    Column& agent = c.add("agent", ValueType::Category);
    Column& date = c.add("date", ValueType::Timestamp);
    Column& available = c.add("available_seconds", ValueType::Duration);
    for (int day = 0; day < spec.days; ++day)
      for (int a = 0; a < spec.agents; ++a) {
        agent.appendText(label("agent ", a));
        date.appendTime(first + day * kMsPerDay);
        available.appendNumber(7 * 3600 + static_cast<double>(random.below(3600)));
      }
  }
  return data;
}

} // namespace carescore::bench
