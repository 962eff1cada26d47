// The derived data of a MetricContext, each built once on first use: per-row local calendar keys,
// normalized topics per dictionary entry (not per row), repeat-contact gaps from one ordering of
// the contacts, and the customer join by identifier text.
#include "core/metrics/metric_context.h"

#include <algorithm>
#include <numeric>

#include "core/metrics/customer_join.h"
#include "core/metrics/field_access.h"
#include "core/table/string_dictionary.h"
#include "core/text/topic_normalization.h"

namespace carescore {

namespace {

// normalizeTopic turns every chunk holding a digit into "#", whatever its digits, and digits never
// join or split chunks other than as digits: texts that differ only in their runs of digits
// normalize alike. With each run cut to its first digit, the texts of one family ("Order 123
// late", "Order 98765 late") share a key and are normalized once: order numbers otherwise make
// nearly every topic text distinct.
// A text without two digits in a row is its own key, without a copy; else the pieces between the
// cut digits are appended whole, not character by character.
std::string_view withDigitRunsCut(std::string_view text, std::string& out) {
  const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
  bool cut = false;
  std::size_t pending = 0;  // start of the piece not yet appended
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (!isDigit(text[i]) || !isDigit(text[i - 1])) continue;
    if (!cut) out.clear();
    cut = true;
    out.append(text.data() + pending, i - pending);
    while (i < text.size() && isDigit(text[i])) ++i;
    pending = i;
  }
  if (!cut) return text;
  out.append(text.data() + pending, text.size() - pending);
  return out;
}

} // namespace

MetricContext::MetricContext(const Dataset& data, MetricSettings settings) : data_(&data), settings_(std::move(settings)) {}

const LocalTimes& MetricContext::localTimes(RecordKind kind, std::string_view field, const TimeZone& zone) {
  const std::string key = "local:" + std::string(nameOf(kind)) + "." + std::string(field) + "@" + zone.name();
  return cached<LocalTimes>(key, [&] {
    LocalTimes times;
    const TimeField column = timeField(data(), kind, field);
    const std::size_t rows = data().of(kind).rowCount();
    times.day.assign(rows, LocalTimes::kNoDay);
    times.hourOfWeek.assign(rows, LocalTimes::kNoHour);
    if (!column) return times;
    for (std::size_t row = 0; row < rows; ++row) {
      if (!column.has(row)) continue;
      const std::int64_t wall = zone.toLocal(column.at(row));
      const std::int64_t day = dayOf(wall);
      times.day[row] = static_cast<std::int32_t>(day);
      times.hourOfWeek[row] =
          static_cast<std::uint8_t>(static_cast<int>(weekdayOf(day)) * 24 + msOfDay(wall) / kMsPerHour);
    }
    return times;
  });
}

const TopicIndex& MetricContext::topics(RecordKind kind) {
  return cached<TopicIndex>("topics:" + std::string(nameOf(kind)), [&] {
    TopicIndex index;
    const CodeField topic = codeField(data(), kind, "topic");
    if (!topic) return index;
    StringDictionary normalized, families;
    std::vector<std::uint32_t> idOfFamily;
    std::string text, family;
    index.normalizedOfCode.resize(topic.dictionarySize(), TopicIndex::kNone);
    for (std::uint32_t code = 0; code < topic.dictionarySize(); ++code) {
      const std::string_view original = topic.column->dictionary.at(code);
      const std::uint32_t familyId = families.intern(withDigitRunsCut(original, family));
      if (familyId < idOfFamily.size()) {
        index.normalizedOfCode[code] = idOfFamily[familyId];
        continue;
      }
      normalizeTopic(original, text);
      const std::uint32_t id = text.empty() ? TopicIndex::kNone : normalized.intern(text);
      if (id == index.normalized.size()) index.normalized.push_back(text);
      idOfFamily.push_back(id);
      index.normalizedOfCode[code] = id;
    }
    return index;
  });
}

const RepeatGaps& MetricContext::repeatGaps() {
  return cached<RepeatGaps>("repeat_gaps", [&] {
    RepeatGaps gaps;
    const std::size_t rowCount = data().of(RecordKind::Contact).rowCount();
    gaps.sameTopicMs.assign(rowCount, -1);
    gaps.anyTopicMs.assign(rowCount, -1);
    const CodeField customer = codeField(data(), RecordKind::Contact, "customer_id");
    const TimeField created = timeField(data(), RecordKind::Contact, "created_at");
    if (!customer || !created) return gaps;
    const CodeField topic = codeField(data(), RecordKind::Contact, "topic");
    const TopicIndex* index = topic ? &topics(RecordKind::Contact) : nullptr;
    // Rows without a topic are never a repeat of a topic: no same-topic gap (key 0).
    const auto topicOf = [&](std::size_t row) -> std::uint32_t {
      if (!index || !topic.has(row)) return 0;
      const std::uint32_t id = index->normalizedOfCode[topic.at(row)];
      return id == TopicIndex::kNone ? 0 : id + 1;
    };

    // Each customer's contacts, gathered with their times and topics by one stable counting sort
    // of the rows in table order (the columns read in sequence, not at a million random rows),
    // then put in time order within the customer (a few contacts each).
    struct Contact {
      std::int64_t at;
      std::uint32_t row, topic;
    };
    const std::size_t customers = customer.dictionarySize();
    std::vector<std::uint32_t> end(customers + 1, 0);
    for (std::size_t row = 0; row < rowCount; ++row)
      if (customer.has(row) && created.has(row)) ++end[customer.at(row) + 1];
    std::partial_sum(end.begin(), end.end(), end.begin());
    std::vector<Contact> contacts(end[customers]);
    for (std::size_t row = 0; row < rowCount; ++row)
      if (customer.has(row) && created.has(row))
        contacts[end[customer.at(row)]++] = {created.at(row), static_cast<std::uint32_t>(row), topicOf(row)};
    // Now end[c] is where customer c's contacts end.

    // One walk backwards through each customer's contacts in time order gives both gaps: the time
    // to the customer's next strictly later contact, and, per topic, to the next strictly later
    // one of that topic. Per topic: the time of the topic's contact walked last (`seen`) and the
    // next strictly later time after it (`later`), valid for the customer numbered `stamp`.
    struct TopicState {
      std::int64_t seen = 0, later = 0;
      bool hasLater = false;
      std::uint32_t stamp = 0;
    };
    std::vector<TopicState> state(index ? index->normalized.size() + 1 : 0);
    const auto byTime = [](const Contact& a, const Contact& b) { return a.at < b.at; };
    std::uint32_t stamp = 0;
    std::size_t begin = 0;
    for (std::size_t c = 0; c < customers; begin = end[c], ++c) {
      const auto first = contacts.begin() + static_cast<std::ptrdiff_t>(begin);
      const auto last = contacts.begin() + static_cast<std::ptrdiff_t>(end[c]);
      if (last - first < 2) continue;  // one contact: no gap
      if (last - first <= 16) {  // stable insertion sort: ties keep their table order
        for (auto it = first + 1; it != last; ++it)
          for (auto at = it; at != first && byTime(*at, *(at - 1)); --at) std::iter_swap(at, at - 1);
      } else {
        std::stable_sort(first, last, byTime);
      }
      ++stamp;
      std::int64_t seen = 0, later = 0;
      bool hasLater = false, any = false;
      for (auto it = last; it-- != first;) {
        const Contact& contact = *it;
        if (any && seen > contact.at) {
          later = seen;
          hasLater = true;
        }
        any = true;
        seen = contact.at;
        gaps.anyTopicMs[contact.row] = hasLater ? later - contact.at : -1;
        if (contact.topic == 0) continue;
        TopicState& of = state[contact.topic];
        if (of.stamp != stamp) {
          of.stamp = stamp;
          of.hasLater = false;
        } else if (of.seen > contact.at) {
          of.later = of.seen;
          of.hasLater = true;
        }
        of.seen = contact.at;
        gaps.sameTopicMs[contact.row] = of.hasLater ? of.later - contact.at : -1;
      }
    }
    return gaps;
  });
}

const std::vector<std::int64_t>& MetricContext::customerField(RecordKind kind, std::string_view field) {
  const std::string key = "customer:" + std::string(nameOf(kind)) + "." + std::string(field);
  return cached<std::vector<std::int64_t>>(key, [&] {
    std::vector<std::int64_t> joined;
    const CodeField from = codeField(data(), kind, "customer_id");
    const CodeField id = codeField(data(), RecordKind::Customer, "customer_id");
    const CodeField value = codeField(data(), RecordKind::Customer, field);
    if (!from) return joined;
    joined.assign(from.dictionarySize(), -1);
    if (!id || !value) return joined;
    // The first listed row of each customer wins (a customer list has one row per customer).
    std::vector<std::int64_t> valueOfId(id.dictionarySize(), -1);
    std::vector<bool> seen(id.dictionarySize(), false);
    for (std::size_t row = 0; row < id.column->size(); ++row) {
      if (!id.has(row) || seen[id.at(row)]) continue;
      seen[id.at(row)] = true;
      if (value.has(row)) valueOfId[id.at(row)] = value.at(row);
    }
    const std::vector<std::uint32_t>& listed = listedCustomerCodes(*this, kind);
    for (std::uint32_t code = 0; code < from.dictionarySize(); ++code)
      if (listed[code] != kNotListed) joined[code] = valueOfId[listed[code]];
    return joined;
  });
}

std::int64_t MetricContext::nowMs(RecordKind kind) {
  if (settings_.nowMs) return *settings_.nowMs;
  return cached<std::int64_t>("now:" + std::string(nameOf(kind)), [&] {
    if (const auto latest = latestInstant(data(), kind)) return *latest;
    std::int64_t now = 0;
    for (const RecordKind other : kRecordKinds)
      if (const auto latest = latestInstant(data(), other)) now = std::max(now, *latest);
    return now;
  });
}

} // namespace carescore
