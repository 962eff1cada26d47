// The CSV tokenizer: a streaming state machine from UTF-8 text to records of fields, fed chunks
// of any size (a chunk may end inside a quoted field, between CR and LF, or between the two
// quotes of ""). A 64-byte SIMD scan finds the bytes that matter (delimiter, quote, CR, LF,
// NUL); fields are views into the chunk, and only fields that span chunks or need unescaping
// are copied, into one reused buffer: nothing is allocated per row once buffers have grown.
// Records go to the sink in batches (up to kBatchRecords, at the latest when the piece ends or
// before a diagnostic, so diagnostics keep their order), so the table is typed column by column.
// RFC 4180 plus what real exports do; every deviation is reported (diagnostics.h), never fatal
// except a field longer than the limit. Not a sniffer: the dialect comes in (csv_dialect.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/byte_scan.h"
#include "core/ingest/csv_block_index.h"
#include "core/ingest/csv_dialect.h"
#include "core/ingest/diagnostics.h"
#include "core/ingest/record_sink.h"

namespace carescore {

inline constexpr std::size_t kDefaultMaxFieldBytes = std::size_t{16} << 20;

struct CsvTokenizerOptions {
  char delimiter = ',';
  char quote = '"';                               // 0: quotes are ordinary text
  LineBreaks lineBreaks = LineBreaks::LfOrCrlf;
  bool skipInitialSpace = false;                  // `1, "b,c"` → `1`, `b,c` instead of RFC's split
  bool skipBlankRecords = true;                   // blank and whitespace-only lines, `,,,` rows
  std::size_t maxFieldBytes = kDefaultMaxFieldBytes;
  std::uint64_t firstLine = 1;                    // line number of the first byte (after a sep= line)
  std::uint64_t firstByte = 0;                    // its offset in the text as read
  // Read 64-byte blocks through their boundary index (csv_block_index.h: the quote mask's prefix
  // XOR marks what lies inside quotes) instead of one event at a time: the same records and
  // diagnostics either way (tested). It pays only for short quoted fields (37% fewer
  // instructions for 6-byte ones, 22% for 26-byte ones); on generated tickets (a field every ~13
  // bytes, one quoted) it costs 2% more, on long quoted text 12-44% more. The CSV reader turns it
  // on when the dialect sniff finds such fields (CsvDialect::shortQuotedFields).
  bool blockIndex = false;
};

struct CsvTokenizerStats {
  std::uint64_t records = 0;
  std::uint64_t blankLines = 0;
  std::uint64_t lfEnds = 0, crlfEnds = 0, crEnds = 0;  // how delivered records ended
  std::uint64_t crAsText = 0;                           // lone CRs kept inside fields (LfOrCrlf)
};

class CsvTokenizer {
public:
  static constexpr std::size_t kBatchRecords = 1024;

  CsvTokenizer(const CsvTokenizerOptions& options, RecordSink& sink, Diagnostics& diagnostics);

  void feed(std::string_view text);
  void finish();  // delivers the last record; reports an unclosed quote and reads on after it

  // Where the next byte fed will be: record (1-based, counting header lines), line, field, byte.
  TextPosition position() const;
  bool stopped() const { return stopped_; }  // a field exceeded the limit: later input is ignored
  const CsvTokenizerStats& stats() const { return stats_; }

private:
  // A field whose bytes are not in the piece: its view in batch_ waits for the buffer to settle.
  struct Fixup {
    std::size_t index = 0;   // in batch_
    std::size_t offset = 0;  // in scratch_ (current record) or batchBytes_ (finished records)
    std::size_t length = 0;
    bool inScratch = true;
  };

  void scanPiece(const char* p, std::size_t n);
  std::size_t indexBlock(const char* p, std::size_t base, std::uint64_t events);
  void endLine(const char* p, std::size_t k, bool crlf);
  std::size_t resumeAtPieceStart(const char* p, std::size_t n);
  std::size_t handle(const char* p, std::size_t n, std::size_t k);
  void closeQuote(const char* p, std::size_t n, std::size_t k, char next);
  void onLoneCr(const TextPosition& where);
  void endField(const char* p, std::size_t end);
  void endRecord(const char* p, std::size_t next);
  void endOfPiece(const char* p, std::size_t n);
  bool fieldIsEmptySoFar(std::size_t k) const;
  bool fieldIsBlankSoFar(const char* p, std::size_t k) const;
  bool isBlankRecord() const;
  std::size_t fieldCount() const { return batch_.size() - recordBegin_; }  // of the current record
  void pushField(const char* begin, std::size_t length) { batch_.emplace_back(begin, length); }
  void pushScratchField(std::size_t offset, std::size_t length);
  void recoverFromOpenQuote(bool endOfInput);
  TextPosition at(std::size_t k) const;
  TextPosition atQuote() const;
  void flushBatch();
  Diagnostics& diagnose() {  // records before a diagnostic reach the sink before it is added
    flushBatch();
    return diagnostics_;
  }

  CsvTokenizerOptions options_;
  RecordSink& sink_;
  Diagnostics& diagnostics_;
  ByteMatcher matcher_;
  CsvBlockClassifier classifier_;
  CsvTokenizerStats stats_;

  // Records not yet delivered, then the record being read (from recordBegin_): fields as views
  // into the current piece, or empty placeholders fixed up once their bytes stop moving.
  std::vector<std::string_view> batch_;
  std::size_t recordBegin_ = 0;
  std::vector<Fixup> fixups_;            // in index order
  std::vector<std::uint32_t> batchEnds_;
  std::vector<RecordInfo> batchInfos_;
  std::string batchBytes_;               // copied fields of the finished records
  bool recordQuoted_ = false;            // a field of the current record was quoted (not blank)
  std::string scratch_;          // carried and unescaped field bytes of the current record
  std::size_t fieldStart_ = 0;   // index in the current piece (when not carried)
  std::size_t carryBegin_ = 0;   // where the current field's raw bytes start in scratch_ (when carried)
  bool fieldCarried_ = false;
  bool fieldQuoted_ = false;     // the field opened with a quote
  bool fieldDirty_ = false;      // needs cleaning: "" escapes, NUL bytes, text after the closing quote
  bool fieldWarned_ = false;     // one quote warning per field
  bool inQuotes_ = false;

  // Decisions that wait for the first byte of the next piece.
  bool afterQuote_ = false;      // a quote inside quotes ended the piece: escape or closing?
  bool crAtEnd_ = false;         // a CR ended the piece: part of CRLF or alone?
  bool skipLf_ = false;          // a CR ended a record (Universal): swallow a following LF

  // Positions, in the tokenizer's own byte coordinates (0 = first byte fed).
  std::uint64_t consumed_ = 0;   // bytes before the current piece
  std::uint64_t line_;
  std::uint64_t recordLine_;
  std::uint64_t recordByte_ = 0;
  std::uint64_t quoteLine_ = 0, quoteByte_ = 0;
  std::size_t quoteColumn_ = 0, quoteRawOffset_ = 0;
  bool sawCrlfEnd_ = false, sawLfEnd_ = false, warnedMixedEnds_ = false;
  bool stopped_ = false;
  bool blockIndex_ = false;      // options and dialect allow indexBlock()
  std::string recovery_;
};

} // namespace carescore
