#include "core/ingest/transcoder.h"

#include <cstdio>

#include "core/ingest/byte_scan.h"
#include "core/ingest/code_pages.h"
#include "core/ingest/mark_composition.h"
#include "core/ingest/utf8.h"

namespace carescore {

DecodeIssueText describeIssue(const DecodeIssue& issue, Encoding encoding) {
  std::string bytes;
  char hex[8];
  for (std::size_t i = 0; i < issue.length; ++i) {
    std::snprintf(hex, sizeof hex, "%s0x%02X", i ? " " : "", issue.bytes[i]);
    bytes += hex;
  }
  std::string offset = std::to_string(issue.fileOffset);
  switch (issue.kind) {
    case DecodeIssue::InvalidUtf8:
      return {issue.length > 1 ? "invalid_utf8_bytes" : "invalid_utf8_byte", std::move(bytes), std::move(offset), {}};
    case DecodeIssue::TruncatedUtf8: return {"truncated_utf8", std::move(bytes), std::move(offset), {}};
    case DecodeIssue::LoneSurrogate:
      return {"lone_surrogate", std::move(bytes), std::move(offset), std::string(nameOf(encoding))};
    case DecodeIssue::OddByte: return {"odd_byte", std::move(bytes), std::move(offset), {}};
  }
  return {"invalid_utf8_bytes", std::move(bytes), std::move(offset), {}};
}

Transcoder::Transcoder(Encoding encoding, std::size_t skipBytes) : encoding_(encoding), toSkip_(skipBytes) {}

void Transcoder::decode(std::span<const std::uint8_t> input, std::string& out, std::vector<DecodeIssue>& issues) {
  out.clear();
  issues.clear();
  out_ = &out;
  issues_ = &issues;
  const std::uint8_t* p = input.data();
  std::size_t n = input.size();
  const std::size_t skip = toSkip_ < n ? toSkip_ : n;
  toSkip_ -= skip;
  bytesIn_ += skip;
  p += skip;
  n -= skip;
  if (n != 0) {
    out.reserve(encoding_ == Encoding::Utf8 ? n + 8 : n * 3 / (encoding_ == Encoding::Utf16Le || encoding_ == Encoding::Utf16Be ? 2 : 1) + 8);
    if (encoding_ == Encoding::Utf8) decodeUtf8Input(p, n);
    else if (encoding_ == Encoding::Utf16Le || encoding_ == Encoding::Utf16Be) decodeUtf16Input(p, n);
    else decodeSingleByteInput(p, n);
    bytesIn_ += n;
  }
  holdLastLetter();
  out_ = nullptr;
  issues_ = nullptr;
}

void Transcoder::finish(std::string& out, std::vector<DecodeIssue>& issues) {
  out.clear();
  issues.clear();
  out_ = &out;
  issues_ = &issues;
  if (pendingLength_ != 0) {
    replace(encoding_ == Encoding::Utf8 ? DecodeIssue::TruncatedUtf8 : DecodeIssue::OddByte, pendingOffset_, pending_,
            pendingLength_);
    pendingLength_ = 0;
  }
  if (highSurrogate_ != 0) {
    const std::uint8_t unit[2] = {static_cast<std::uint8_t>(highSurrogate_ >> 8), static_cast<std::uint8_t>(highSurrogate_)};
    replace(DecodeIssue::LoneSurrogate, highSurrogateOffset_, unit, 2);
    highSurrogate_ = 0;
  }
  flushHeld();
  out_ = nullptr;
  issues_ = nullptr;
}

void Transcoder::flushHeld() {
  if (!hasHeld_) return;
  char buffer[4];
  out_->append(buffer, encodeUtf8(held_, buffer));
  hasHeld_ = false;
}

// Appends UTF-8 text that holds no combining mark: a run of valid input, or one encoded character.
void Transcoder::appendText(const char* p, std::size_t n) {
  flushHeld();
  out_->append(p, n);
}

void Transcoder::emit(char32_t cp) {
  if (isComposingMark(cp)) {
    emitMark(cp);
    return;
  }
  char buffer[4];
  appendText(buffer, encodeUtf8(cp, buffer));
}

// The start of the last character written, and that character (0 if none or not decodable).
static std::size_t lastCharacter(const std::string& out, char32_t* cp) {
  *cp = 0;
  if (out.empty()) return 0;
  std::size_t start = out.size() - 1;
  while (start > 0 && out.size() - start < 4 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
  const Utf8Step step = decodeUtf8(reinterpret_cast<const unsigned char*>(out.data()) + start, out.size() - start);
  if (step.status == Utf8Step::Ok && start + step.length == out.size()) *cp = step.codePoint;
  return start;
}

// A combining mark composes with the letter before it: the one held back from the previous piece,
// or the last character written.
void Transcoder::emitMark(char32_t mark) {
  char buffer[4];
  if (hasHeld_) {
    if (const char32_t composed = composePair(held_, mark)) {
      held_ = composed;
      return;
    }
    flushHeld();
  } else {
    char32_t last;
    const std::size_t start = lastCharacter(*out_, &last);
    if (const char32_t composed = last ? composePair(last, mark) : 0) {
      out_->resize(start);
      out_->append(buffer, encodeUtf8(composed, buffer));
      return;
    }
  }
  out_->append(buffer, encodeUtf8(mark, buffer));
}

// At the end of a piece the last letter waits: the next piece may start with its tone mark.
void Transcoder::holdLastLetter() {
  if (hasHeld_) return;
  char32_t last;
  const std::size_t start = lastCharacter(*out_, &last);
  if (last && mayTakeMark(last)) {
    held_ = last;
    hasHeld_ = true;
    out_->resize(start);
  }
}

void Transcoder::replace(DecodeIssue::Kind kind, std::uint64_t fileOffset, const std::uint8_t* bytes, std::size_t length) {
  flushHeld();
  ++issueCount_;
  if (issueDetails_ < maxIssueDetails_) {
    ++issueDetails_;
    DecodeIssue issue;
    issue.kind = kind;
    issue.outputOffset = out_->size();
    issue.fileOffset = fileOffset;
    issue.length = static_cast<std::uint8_t>(length < 4 ? length : 4);
    for (std::size_t i = 0; i < issue.length; ++i) issue.bytes[i] = bytes[i];
    issues_->push_back(issue);
  }
  emit(kReplacementCharacter);
}

void Transcoder::decodeUtf8Input(const std::uint8_t* p, std::size_t n) {
  std::size_t i = 0;
  // First complete a sequence the previous chunk cut. Every byte before the one that breaks it was
  // a valid beginning, so an ill-formed result consumes all pending bytes but the newest.
  while (pendingLength_ != 0 && pendingLength_ < sizeof pending_ && i < n) {
    pending_[pendingLength_++] = p[i++];
    const Utf8Step step = decodeUtf8(pending_, pendingLength_);
    if (step.status == Utf8Step::Truncated) continue;
    if (step.status == Utf8Step::Ok) emit(step.codePoint);
    else {
      replace(DecodeIssue::InvalidUtf8, pendingOffset_, pending_, step.length);
      i -= pendingLength_ - step.length;  // re-read the byte that broke the sequence
    }
    pendingLength_ = 0;
  }
  // Valid text is copied in runs; only ill-formed bytes, combining marks and a sequence cut by
  // the end of the piece interrupt a run.
  std::size_t run = i;
  auto flushRun = [&](std::size_t end) {
    if (end > run) appendText(reinterpret_cast<const char*>(p + run), end - run);
  };
  while (i < n) {
    // ASCII and the common well-formed 2- and 3-byte sequences (Cyrillic, Latin accents,
    // precomposed Vietnamese) are checked 16 bytes at a time, then byte-wise up to what stops the
    // block; anything else takes the full decoder. 0xCC leads the combining marks, which compose,
    // so it takes the decoder too.
    std::size_t j = i;
    while (j + 16 <= n) {
      const std::size_t plain = plainUtf8Prefix16(reinterpret_cast<const char*>(p + j));
      if (plain == 0) break;
      j += plain;
    }
    j += findNonAscii(reinterpret_cast<const char*>(p + j), n - j);
    while (j < n && p[j] >= 0x80) {
      const std::uint8_t c = p[j];
      if (c >= 0xC2 && c <= 0xDF && c != 0xCC) {
        if (j + 1 < n && (p[j + 1] & 0xC0) == 0x80) {
          j += 2;
          continue;
        }
      } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
        if (j + 2 < n && (p[j + 1] & 0xC0) == 0x80 && (p[j + 2] & 0xC0) == 0x80) {
          j += 3;
          continue;
        }
      }
      break;
    }
    if (j == n || p[j] < 0x80) {
      i = j;
      continue;
    }
    const Utf8Step step = decodeUtf8(p + j, n - j);
    if (step.status == Utf8Step::Ok && !isComposingMark(step.codePoint)) {
      i = j + step.length;
      continue;
    }
    flushRun(j);
    if (step.status == Utf8Step::Ok) {
      emitMark(step.codePoint);
    } else if (step.status == Utf8Step::Invalid) {
      replace(DecodeIssue::InvalidUtf8, bytesIn_ + j, p + j, step.length);
    } else {
      pendingLength_ = n - j < sizeof pending_ ? n - j : sizeof pending_;  // Truncated: n - j < 4
      pendingOffset_ = bytesIn_ + j;
      for (std::size_t k = 0; k < pendingLength_; ++k) pending_[k] = p[j + k];
      run = i = n;
      break;
    }
    i = run = j + step.length;
  }
  flushRun(n);
}

void Transcoder::decodeUtf16Input(const std::uint8_t* p, std::size_t n) {
  const bool little = encoding_ == Encoding::Utf16Le;
  std::size_t i = 0;
  auto unitAt = [&](std::uint8_t a, std::uint8_t b) {
    return static_cast<char16_t>(little ? (a | (b << 8)) : ((a << 8) | b));
  };
  auto take = [&](char16_t unit, std::uint64_t offset) {
    if (highSurrogate_ != 0) {
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        emit(0x10000 + ((static_cast<char32_t>(highSurrogate_) - 0xD800) << 10) + (unit - 0xDC00));
        highSurrogate_ = 0;
        return;
      }
      const std::uint8_t bytes[2] = {static_cast<std::uint8_t>(highSurrogate_ >> 8), static_cast<std::uint8_t>(highSurrogate_)};
      replace(DecodeIssue::LoneSurrogate, highSurrogateOffset_, bytes, 2);
      highSurrogate_ = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      highSurrogate_ = unit;
      highSurrogateOffset_ = offset;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      const std::uint8_t bytes[2] = {static_cast<std::uint8_t>(unit >> 8), static_cast<std::uint8_t>(unit)};
      replace(DecodeIssue::LoneSurrogate, offset, bytes, 2);
    } else {
      emit(unit);
    }
  };
  if (pendingLength_ == 1) {
    take(unitAt(pending_[0], p[0]), pendingOffset_);
    pendingLength_ = 0;
    i = 1;
  }
  for (; i + 1 < n; i += 2) take(unitAt(p[i], p[i + 1]), bytesIn_ + i);
  if (i < n) {
    pending_[0] = p[i];
    pendingLength_ = 1;
    pendingOffset_ = bytesIn_ + i;
  }
}

void Transcoder::decodeSingleByteInput(const std::uint8_t* p, std::size_t n) {
  const CodePageHighHalf& table = highHalfOf(encoding_);
  std::size_t i = 0;
  while (i < n) {
    const std::size_t j = i + findNonAscii(reinterpret_cast<const char*>(p + i), n - i);
    if (j > i) appendText(reinterpret_cast<const char*>(p + i), j - i);
    if (j == n) break;
    emit(table[p[j] - 0x80]);
    i = j + 1;
  }
}

} // namespace carescore
