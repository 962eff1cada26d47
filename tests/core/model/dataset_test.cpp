#include <doctest/doctest.h>

#include "core/model/dataset.h"
#include "test_support.h"

using namespace carescore;

TEST_SUITE("core/model") {

TEST_CASE("a dataset keeps one table per record kind and finds canonical fields by key") {
  Dataset dataset;
  Column& wait = dataset.of(RecordKind::Contact).add("wait_seconds", ValueType::Duration);
  wait.appendNumber(30);
  dataset.of(RecordKind::Survey).add("nps", ValueType::Decimal).appendNumber(9);
  CHECK(dataset.field(RecordKind::Contact, "wait_seconds") == &dataset.of(RecordKind::Contact).columns[0]);
  CHECK(dataset.field(RecordKind::Contact, "nps") == nullptr);  // nps lives in survey responses
  CHECK(dataset.field(RecordKind::Survey, "nps")->numbers[0] == 9);
  CHECK(dataset.of(RecordKind::Order).rowCount() == 0);
}

}
