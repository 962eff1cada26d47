// The ingest pipeline, one stage per file, in the order bytes flow through them (as DuckDB's CSV
// sniffer lists its stages). Include this for everything; file_reader.h is the entry point.
//
//   bytes ─ encoding_detection ─ transcoder ─┬─ csv_dialect ─ csv_tokenizer ─ csv_rows (header_detection) ─┐
//                                            └─ json_tokenizer ─ json_records ──────────────────────────────┴─ table_builder ─ Table
//
// diagnostics: problems as data, shared by every stage. cell_reader: type inference and value
// parsing (another module) called by table_builder. text_parser: the CSV and JSON chains behind
// one interface for file_reader. byte_scan: the SIMD kernels.
#pragma once

#include "core/ingest/byte_scan.h"
#include "core/ingest/cell_reader.h"
#include "core/ingest/code_pages.h"
#include "core/ingest/csv_dialect.h"
#include "core/ingest/csv_rows.h"
#include "core/ingest/csv_tokenizer.h"
#include "core/ingest/diagnostics.h"
#include "core/ingest/encoding.h"
#include "core/ingest/encoding_detection.h"
#include "core/ingest/file_reader.h"
#include "core/ingest/header_detection.h"
#include "core/ingest/json_records.h"
#include "core/ingest/json_tokenizer.h"
#include "core/ingest/mark_composition.h"
#include "core/ingest/record_sink.h"
#include "core/ingest/table_builder.h"
#include "core/ingest/text_parser.h"
#include "core/ingest/transcoder.h"
#include "core/ingest/utf8.h"
