#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/table/table.h"

using namespace carescore;

TEST_SUITE("core/table") {

TEST_CASE("bitmap: push, set, count and resize across word boundaries") {
  Bitmap bits;
  for (int i = 0; i < 130; ++i) bits.pushBack(i % 3 == 0);
  CHECK(bits.size() == 130);
  CHECK(bits.count() == 44);  // 0, 3, …, 129
  CHECK(bits.test(129));
  CHECK_FALSE(bits.test(128));
  bits.set(128);
  bits.set(129, false);
  CHECK(bits.count() == 44);
  bits.resize(65);
  CHECK(bits.count() == 22);  // 0..63 has 22 multiples of 3, and 64 is not one
  bits.resize(200, true);
  CHECK(bits.count() == 22 + 135);
  CHECK(Bitmap(70, true).count() == 70);
}

TEST_CASE("bitmap: appending a word of bits equals pushing them one by one, at every offset") {
  // Runs of 0..64 bits after 0..64 pushed ones: the words, size and count are pushBack's.
  for (unsigned before = 0; before <= 64; before += 7) {
    for (unsigned count : {0u, 1u, 5u, 63u, 64u}) {
      CAPTURE(before);
      CAPTURE(count);
      Bitmap words, pushed;
      for (unsigned i = 0; i < before; ++i) {
        words.pushBack(i % 2 == 0);
        pushed.pushBack(i % 2 == 0);
      }
      const std::uint64_t pattern = 0xF0E1D2C3B4A59687ull;
      const std::uint64_t bits = count == 64 ? pattern : pattern & ((std::uint64_t{1} << count) - 1);
      words.appendBits(bits, count);
      for (unsigned i = 0; i < count; ++i) pushed.pushBack((bits >> i) & 1u);
      CHECK(words == pushed);
      CHECK(words.count() == pushed.count());
    }
  }
}

TEST_CASE("dictionary: each distinct string once, codes in order of first sight") {
  StringDictionary dictionary;
  CHECK(dictionary.intern("chat") == 0);
  CHECK(dictionary.intern("phone") == 1);
  CHECK(dictionary.intern("chat") == 0);
  CHECK(dictionary.intern("") == 2);
  CHECK(dictionary.intern("Tiếng Việt") == 3);
  CHECK(dictionary.size() == 4);
  CHECK(dictionary.at(3) == "Tiếng Việt");
  CHECK(dictionary.find("phone") == 1u);
  CHECK_FALSE(dictionary.find("email").has_value());
  for (int i = 0; i < 10000; ++i) dictionary.intern("agent " + std::to_string(i % 2500));
  CHECK(dictionary.size() == 4 + 2500);
  CHECK(dictionary.at(*dictionary.find("agent 1234")) == "agent 1234");
}

TEST_CASE("dictionary: strings of every length from 0 to 300 bytes, at every alignment, read back") {
  // Stored with word copies (copyBytes) below 65 bytes: each length's tail overlaps differently.
  StringDictionary dictionary;
  std::vector<std::string> values = {""};
  for (std::size_t n = 1; n <= 300; ++n)
    for (char first : {'a', 'b', 'c'}) {
      std::string value(n, first);
      for (std::size_t i = 0; i < n; ++i) value[i] = static_cast<char>(first + (i * 7) % 23);
      values.push_back(value);
    }
  for (std::size_t i = 0; i < values.size(); ++i) REQUIRE(dictionary.intern(values[i]) == i);
  for (std::size_t i = 0; i < values.size(); ++i) REQUIRE(dictionary.at(static_cast<std::uint32_t>(i)) == values[i]);
}

TEST_CASE("dictionary: readAhead gives each value's hash, and intern with it finds and adds as intern does") {
  StringDictionary dictionary;
  for (int i = 0; i < 50000; ++i) dictionary.intern("ticket " + std::to_string(i));
  const std::vector<std::string> batch = {"ticket 7", "new one", "", "ticket 49999", "new one", "ticket 7"};
  std::vector<std::string_view> views(batch.begin(), batch.end());
  std::vector<std::uint64_t> hashes(batch.size());
  dictionary.readAhead(views, hashes.data());
  for (std::size_t k = 0; k < batch.size(); ++k) CHECK(hashes[k] == hashBytes(batch[k]));
  std::vector<std::uint32_t> codes;
  for (std::size_t k = 0; k < batch.size(); ++k) codes.push_back(dictionary.intern(views[k], hashes[k]));
  CHECK(codes == std::vector<std::uint32_t>{7, 50000, 50001, 49999, 50000, 7});
  // An empty string stored when its block was full sits at the block's end: read ahead, it has no
  // byte to read (found in review: the read one past the block shows under AddressSanitizer).
  StringDictionary full;
  CHECK(full.intern(std::string(256, 'x')) == 0);  // fills the first block, 256 bytes, exactly
  CHECK(full.intern("") == 1);
  const std::string_view empty[] = {""};
  std::uint64_t emptyHash = 0;
  full.readAhead(empty, &emptyHash);
  CHECK(full.intern("", emptyHash) == 1);
  dictionary.releaseIndex();  // no hash table to read: the hashes still come back
  dictionary.readAhead(views, hashes.data());
  CHECK(hashes[1] == hashBytes("new one"));
  CHECK(dictionary.find("new one") == 50000u);
}

TEST_CASE("dictionary: past 4 MB of strings in reserved blocks, and after a long string, every string reads back") {
  // Blocks hold at most 4 MB whatever capacity the library gives a reserve (libc++ rounds up);
  // an offset past 22 bits once corrupted the last strings of a million ids in WebAssembly.
  StringDictionary dictionary;
  dictionary.reserve(700000, 8 << 20);
  std::vector<std::string> values;
  for (int i = 0; i < 700000; ++i) values.push_back(std::to_string(1000000 + i));  // 7 bytes each: 4.9 MB
  const std::string longValue(5 << 20, 'x');  // a block of its own
  values.push_back(longValue);
  values.push_back("after");
  for (std::size_t i = 0; i < values.size(); ++i) REQUIRE(dictionary.intern(values[i]) == i);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < values.size(); ++i) wrong += dictionary.at(static_cast<std::uint32_t>(i)) != values[i] ? 1 : 0;
  CHECK(wrong == 0);
  CHECK(dictionary.at(700000).size() == longValue.size());
  CHECK(dictionary.find("after") == 700001u);
}

TEST_CASE("dictionary: a copy shares the strings until one side adds one, and neither sees the other's") {
  StringDictionary original;
  original.intern("chat");
  original.intern("phone");
  StringDictionary copy = original;
  CHECK(copy.memoryBytes() == original.memoryBytes());
  CHECK(copy.at(1).data() == original.at(1).data());  // the same bytes, not a second copy
  CHECK(copy.intern("phone") == 1);                    // a value it has: still shared
  CHECK(copy.at(1).data() == original.at(1).data());
  CHECK(copy.intern("email") == 2);                    // a new value: the copy gets its own strings
  CHECK(copy.at(1).data() != original.at(1).data());
  CHECK(original.size() == 2);
  CHECK_FALSE(original.find("email").has_value());
  CHECK(original.intern("sms") == 2);                  // the original's own code 2, not the copy's
  CHECK(copy.at(2) == "email");
  CHECK(original.at(2) == "sms");
  CHECK(copy.find("sms") == std::nullopt);
  StringDictionary moved = std::move(copy);
  CHECK(moved.size() == 3);
  CHECK(copy.size() == 0);  // NOLINT(bugprone-use-after-move): a moved-from dictionary reads as empty
  CHECK(copy.intern("chat") == 0);
  StringDictionary reserved = original;
  reserved.reserve(100, 1000);  // a reserve writes: the original keeps its own
  CHECK(reserved.intern("web") == 3);
  CHECK(original.size() == 3);
  CHECK_FALSE(original.find("web").has_value());
}

TEST_CASE("dictionary: shrinking gives back reserved room, and strings and codes stay") {
  StringDictionary dictionary;
  dictionary.reserve(1000, 4000);
  for (const char* value : {"alpha", "beta", "gamma"}) dictionary.intern(value);
  dictionary.releaseIndex();
  const std::size_t reserved = dictionary.memoryBytes();
  dictionary.shrinkToFit();
  // 997 unused entries of 8 bytes and the block's unused room (4000 bytes reserved, 14 used).
  CHECK(reserved - dictionary.memoryBytes() >= 997 * 8 + 4000 - 32);
  CHECK(dictionary.at(1) == "beta");
  CHECK(dictionary.find("gamma") == 2u);
  CHECK(dictionary.intern("delta") == 3);  // the full block is left as it is: a new one takes it
  CHECK(dictionary.at(0) == "alpha");
  CHECK(dictionary.at(3) == "delta");
  // Shared storage is left as it is: copying it to shrink would cost more than it gives back.
  StringDictionary copy = dictionary;
  copy.shrinkToFit();
  CHECK(copy.sharesWith(dictionary));
  CHECK(copy.at(3) == "delta");
  CHECK(dictionary.size() == 4);
  StringDictionary empty;
  empty.shrinkToFit();
  CHECK(empty.size() == 0);
}

TEST_CASE("dictionary: a released index costs its slots and is built again by find, intern and reserve") {
  StringDictionary dictionary;
  for (int i = 0; i < 100; ++i) dictionary.intern("id " + std::to_string(i));
  // 100 strings at a load of at most 1/2: 256 slots of 8 bytes.
  const std::size_t indexed = dictionary.memoryBytes();
  CHECK(dictionary.hasIndex());
  dictionary.releaseIndex();
  CHECK_FALSE(dictionary.hasIndex());
  CHECK(indexed - dictionary.memoryBytes() == 256 * 8);
  CHECK(dictionary.at(42) == "id 42");  // reading needs no index
  CHECK(dictionary.find("id 42") == 42u);  // builds it again: 256 slots, as intern() had grown it
  CHECK(dictionary.memoryBytes() == indexed);
  CHECK_FALSE(dictionary.find("id 100").has_value());

  dictionary.releaseIndex();
  CHECK(dictionary.intern("id 7") == 7);  // a known string keeps its code
  CHECK(dictionary.intern("id 100") == 100);
  CHECK(dictionary.find("id 99") == 99u);

  dictionary.releaseIndex();
  dictionary.reserve(1000, 8000);  // re-places the strings it has, not an empty table
  CHECK(dictionary.intern("id 3") == 3);
  CHECK(dictionary.size() == 101);

  // Shared: one holder releasing drops the index both read through; neither string nor code moves.
  const StringDictionary copy = dictionary;
  copy.releaseIndex();
  CHECK_FALSE(dictionary.hasIndex());
  CHECK(copy.sharesWith(dictionary));
  CHECK(dictionary.find("id 100") == 100u);
  CHECK(copy.hasIndex());
  StringDictionary empty;
  empty.releaseIndex();
  CHECK_FALSE(empty.find("x").has_value());
  CHECK(empty.intern("x") == 0);
}

TEST_CASE("columns keep values and validity aligned; missing is never zero") {
  Table table;
  Column& wait = table.add("wait", ValueType::Duration);
  wait.appendNumber(12.5);
  wait.appendMissing();
  wait.addMisfit(2, "n/a?");
  wait.appendNumber(0.0);
  CHECK(wait.size() == 4);
  CHECK(wait.valueCount() == 2);
  CHECK(wait.numbers.size() == 4);
  CHECK_FALSE(wait.hasValue(1));
  CHECK(wait.hasValue(3));  // a real zero is a value
  CHECK(wait.misfits == 1);
  REQUIRE(wait.misfitSamples.size() == 1);
  CHECK(wait.misfitSamples[0].row == 2);
  CHECK(wait.misfitSamples[0].text == "n/a?");

  Column& channel = table.add("channel", ValueType::Category);
  for (const char* value : {"chat", "phone", "chat", "chat"}) channel.appendText(value);
  CHECK(table.rowCount() == 4);
  CHECK(table.find("channel")->text(2) == "chat");
  CHECK(table.find("channel")->dictionary.size() == 2);
  CHECK(table.find("nope") == nullptr);
  CHECK(table.memoryBytes() > 0);
}

}
