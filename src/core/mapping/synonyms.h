// Header synonyms for exports of unknown or in-house tools, in English, Vietnamese (the folded
// comparison makes "thời gian tạo" and "thoi gian tao" the same) and Russian, per canonical field;
// and what a field's values must look like (a 0–10 integer column next to "recommend" is NPS, a
// 1–5 column next to "satisfaction" is CSAT). Data only: generic_mapper.h uses it.
#pragma once
#include <optional>
#include <span>
#include <string_view>

#include "core/model/fields.h"

namespace carescore {

struct FieldSynonyms {
  RecordKind kind;                            // the file's kind this entry serves
  std::string_view field;                     // canonical key; "survey.csat" feeds another kind
  std::span<const std::string_view> phrases;  // natural text; "~" before a phrase: weak (a word
                                              // many headers use), counts only as the whole header
  double weight = 1.0;                        // how much finding it says about the file's kind
};

std::span<const FieldSynonyms> fieldSynonyms();

// Survey answers must lie on their scale to be that score: NPS 0–10 (and reaching above 5, so a
// 1–5 rating next to "recommend" is not mistaken for NPS), CSAT 1–5, CES 1–7.
struct ScoreRange {
  double min = 0;
  double max = 0;
  double mustReach = 0;  // the largest value must be at least this
};
std::optional<ScoreRange> scoreRangeOf(std::string_view field);  // "nps", "survey.csat", …

// Words that make a file a call log when no column names the channel ("Call Id", "звонка").
std::span<const std::string_view> callWords();

} // namespace carescore
