// SharedVector: copies share storage until one writes; every write copies shared storage first,
// reads never do, and a moved-from vector is empty.
#include <doctest/doctest.h>

#include "core/table/column.h"
#include "core/table/shared_vector.h"

using namespace carescore;

TEST_SUITE("core/table") {

TEST_CASE("a copy shares storage until one of the two writes; the other never sees the write") {
  SharedVector<double> a{1.0, 2.0, 3.0};
  SharedVector<double> b = a;
  CHECK(b.sharesWith(a));
  CHECK(b.data() == a.data());
  b.set(1, 20.0);  // b copies, then writes
  CHECK_FALSE(b.sharesWith(a));
  CHECK(a == std::vector<double>{1.0, 2.0, 3.0});
  CHECK(b == std::vector<double>{1.0, 20.0, 3.0});
  SharedVector<double> c = a;
  a.push_back(4.0);  // the original writes: the copy keeps three values
  CHECK(c.size() == 3);
  CHECK(a.size() == 4);
  CHECK(a.back() == 4.0);
}

TEST_CASE("reading through a non-const vector never copies; a sole holder writes in place") {
  SharedVector<std::uint32_t> a{7, 8};
  SharedVector<std::uint32_t> b = a;
  SharedVector<std::uint32_t>& mutableB = b;
  CHECK(mutableB[1] == 8);  // the const operator[]: no copy
  CHECK(b.sharesWith(a));
  SharedVector<std::uint32_t> alone{1, 2};
  const std::uint32_t* before = alone.data();
  alone.set(0, 5);
  CHECK(alone.data() == before);
  CHECK(alone.mutableData() == before);
}

TEST_CASE("moving leaves the source empty; resize, assign, reserve and clear keep the cached view right") {
  SharedVector<std::int64_t> a{1, 2};
  SharedVector<std::int64_t> b = std::move(a);
  CHECK(a.empty());  // NOLINT: moved-from is specified as empty
  CHECK(a.data() == nullptr);
  CHECK(b == std::vector<std::int64_t>{1, 2});
  b.resize(4, 9);
  CHECK(b == std::vector<std::int64_t>{1, 2, 9, 9});
  b.reserve(100);
  CHECK(b.capacity() >= 100);
  CHECK(b.end() - b.begin() == 4);
  b.assign(2, 0);
  CHECK(b == std::vector<std::int64_t>{0, 0});
  const SharedVector<std::int64_t> kept = b;
  b.clear();
  CHECK(b.empty());
  CHECK(kept.size() == 2);
  CHECK(SharedVector<std::int64_t>().vector().empty());
}

TEST_CASE("a copied column shares its values; writing one column of a copied table copies only that one") {
  Column original;
  original.type = ValueType::Integer;
  for (int i = 0; i < 1000; ++i) original.appendNumber(i);
  Column copy = original;
  CHECK(copy.numbers.sharesWith(original.numbers));
  copy.appendNumber(1000);
  CHECK(original.size() == 1000);
  CHECK(original.numbers.size() == 1000);
  CHECK(copy.numbers[1000] == 1000);
  CHECK(copy.numbers[999] == 999);
}

} // TEST_SUITE
