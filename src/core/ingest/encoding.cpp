#include "core/ingest/encoding.h"

#include <cctype>
#include <string>

namespace carescore {

namespace {

struct EncodingName {
  Encoding encoding;
  std::string_view name;
};

// The first name of each encoding is its WHATWG label (what nameOf returns); the rest are aliases.
constexpr EncodingName kNames[] = {
    {Encoding::Utf8, "utf-8"},          {Encoding::Utf8, "utf8"},          {Encoding::Utf8, "utf-8-bom"},
    {Encoding::Utf16Le, "utf-16le"},    {Encoding::Utf16Le, "utf16le"},    {Encoding::Utf16Le, "utf-16"},
    {Encoding::Utf16Be, "utf-16be"},    {Encoding::Utf16Be, "utf16be"},    {Encoding::Windows1252, "windows-1252"},
    {Encoding::Windows1252, "cp1252"},  {Encoding::Windows1252, "latin1"}, {Encoding::Windows1252, "iso-8859-1"},
    {Encoding::Windows1258, "windows-1258"}, {Encoding::Windows1258, "cp1258"}, {Encoding::Windows1251, "windows-1251"},
    {Encoding::Windows1251, "cp1251"},  {Encoding::Koi8R, "koi8-r"},       {Encoding::Koi8R, "koi8r"},
    {Encoding::Koi8R, "koi8"},
};

} // namespace

std::string_view nameOf(Encoding encoding) {
  for (const EncodingName& n : kNames)
    if (n.encoding == encoding) return n.name;
  return "unknown";
}

std::optional<Encoding> encodingFromName(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.size() > 1 && lower.find('_') != std::string::npos)
    for (char& c : lower) c = c == '_' ? '-' : c;
  for (const EncodingName& n : kNames)
    if (n.name == lower) return n.encoding;
  return std::nullopt;
}

bool isSingleByte(Encoding encoding) {
  return encoding == Encoding::Windows1252 || encoding == Encoding::Windows1258 || encoding == Encoding::Windows1251 ||
         encoding == Encoding::Koi8R;
}

} // namespace carescore
