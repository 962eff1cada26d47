// Every key of the UI's text, as X-macro lists: the enum the code uses and the key string the
// translation files (assets/i18n/*.json) use. A key the code uses but the files lack fails
// tests/app/i18n/catalog_test.cpp; a misspelt key in code does not compile.
#pragma once

// Plain strings; `{0}`, `{1}`… are filled by trFormat().
#define CARESCORE_TEXTS(X) \
  X(OpenFiles, "open_files") \
  X(NoFilesHint, "no_files_hint") \
  X(ColumnFile, "column_file") \
  X(ColumnSize, "column_size") \
  X(ColumnLines, "column_lines") \
  X(ColumnStatus, "column_status") \
  X(FileFailed, "file_failed") \
  X(FileRead, "file_read") \
  X(FileReading, "file_reading") \
  X(Cancel, "cancel") \
  X(FileReadSummary, "file_read_summary") \
  X(FileReadWithErrors, "file_read_with_errors") \
  X(FileCancelledSummary, "file_cancelled_summary") \
  X(FileCancelled, "file_cancelled") \
  X(DetailsRecordsAt, "details_records_at") \
  X(DetailsDelimiter, "details_delimiter") \
  X(DetailsEncodingGuess, "details_encoding_guess") \
  X(DetailsRead, "details_read") \
  X(DetailsCancelled, "details_cancelled") \
  X(DelimiterComma, "delimiter_comma") \
  X(DelimiterSemicolon, "delimiter_semicolon") \
  X(DelimiterTab, "delimiter_tab") \
  X(DelimiterPipe, "delimiter_pipe") \
  X(ColumnNumber, "column_number") \
  X(ColumnColumn, "column_column") \
  X(ColumnType, "column_type") \
  X(ColumnFormat, "column_format") \
  X(ColumnValues, "column_values") \
  X(ColumnMisfits, "column_misfits") \
  X(MisfitsTooltip, "misfits_tooltip") \
  X(MisfitExample, "misfit_example") \
  X(NoProblems, "no_problems") \
  X(AndMore, "and_more") \
  X(WhereRow, "where_row") \
  X(WhereLine, "where_line") \
  X(WhereField, "where_field") \
  X(WhereColumn, "where_column") \
  X(WhereHeader, "where_header") \
  X(WhereFile, "where_file") \
  X(SeverityError, "severity_error") \
  X(SeverityWarning, "severity_warning") \
  X(SeverityInfo, "severity_info") \
  X(TypeEmpty, "type_empty") \
  X(TypeInteger, "type_integer") \
  X(TypeDecimal, "type_decimal") \
  X(TypeBoolean, "type_boolean") \
  X(TypeTimestamp, "type_timestamp") \
  X(TypeDuration, "type_duration") \
  X(TypeCategory, "type_category") \
  X(TypeText, "type_text") \
  X(MappingTitle, "mapping_title") \
  X(MappingDetected, "mapping_detected") \
  X(MappingDuplicate, "mapping_duplicate") \
  X(MappingRemembered, "mapping_remembered") \
  X(MappingNotMapped, "mapping_not_mapped") \
  X(MappingKind, "mapping_kind") \
  X(KindContact, "kind_contact") \
  X(KindSurvey, "kind_survey") \
  X(KindOrder, "kind_order") \
  X(KindCustomer, "kind_customer") \
  X(KindAgentTime, "kind_agent_time") \
  X(KindNone, "kind_none") \
  X(MappingZoneHeader, "mapping_zone_header") \
  X(MappingZoneVendor, "mapping_zone_vendor") \
  X(MappingZoneUser, "mapping_zone_user") \
  X(MappingZoneAssumed, "mapping_zone_assumed") \
  X(MappingRows, "mapping_rows") \
  X(MappingRowsExcluded, "mapping_rows_excluded") \
  X(MappingColumnSamples, "mapping_column_samples") \
  X(MappingColumnField, "mapping_column_field") \
  X(MappingColumnUnit, "mapping_column_unit") \
  X(MappingNotUsed, "mapping_not_used") \
  X(MappingUnitSeconds, "mapping_unit_seconds") \
  X(MappingMissing, "mapping_missing") \
  X(MappingNothingMissing, "mapping_nothing_missing") \
  X(Language, "language") \
  X(Theme, "theme") \
  X(ThemeLight, "theme_light") \
  X(ThemeDark, "theme_dark") \
  X(Settings, "settings") \
  X(DemoBanner, "demo_banner") \
  X(NothingUploaded, "nothing_uploaded") \
  X(VerdictPass, "verdict_pass") \
  X(VerdictFail, "verdict_fail") \
  X(VerdictAtRisk, "verdict_at_risk") \
  X(VerdictNoData, "verdict_no_data") \
  X(TargetAtLeast, "target_at_least") \
  X(TargetAtMost, "target_at_most") \
  X(TargetBetween, "target_between") \
  X(VsPrevious, "vs_previous") \
  X(NotSignificant, "not_significant") \
  X(WorstSegment, "worst_segment") \
  X(MissingField, "missing_field") \
  X(TabScorecard, "tab_scorecard") \
  X(TabTrends, "tab_trends") \
  X(TabServiceLevel, "tab_service_level") \
  X(TabSurveys, "tab_surveys") \
  X(TabAgents, "tab_agents") \
  X(TabTopics, "tab_topics") \
  X(TabGoals, "tab_goals") \
  X(TabData, "tab_data") \
  X(PeriodHour, "period_hour") \
  X(PeriodDay, "period_day") \
  X(PeriodWeek, "period_week") \
  X(PeriodMonth, "period_month") \
  X(PeriodQuarter, "period_quarter") \
  X(PeriodYear, "period_year") \
  X(PeriodToday, "period_today") \
  X(PeriodYesterday, "period_yesterday") \
  X(PeriodThisWeek, "period_this_week") \
  X(PeriodLastWeek, "period_last_week") \
  X(PeriodThisMonth, "period_this_month") \
  X(PeriodLastMonth, "period_last_month") \
  X(PeriodLast30Days, "period_last_30_days") \
  X(PeriodCustom, "period_custom") \
  X(WeekOf, "week_of") \
  X(QuarterOf, "quarter_of") \
  X(FilterAll, "filter_all") \
  X(FilterChannel, "filter_channel") \
  X(FilterTeam, "filter_team") \
  X(FilterAgent, "filter_agent") \
  X(ChannelPhone, "channel_phone") \
  X(ChannelChat, "channel_chat") \
  X(ChannelEmail, "channel_email") \
  X(ChannelSocial, "channel_social") \
  X(MetricServiceLevel, "metric_service_level") \
  X(MetricAverageSpeedOfAnswer, "metric_average_speed_of_answer") \
  X(MetricAbandonment, "metric_abandonment") \
  X(MetricFirstResponse, "metric_first_response") \
  X(MetricResolutionTime, "metric_resolution_time") \
  X(MetricFirstContactResolution, "metric_first_contact_resolution") \
  X(MetricHandleTime, "metric_handle_time") \
  X(MetricOccupancy, "metric_occupancy") \
  X(MetricCsat, "metric_csat") \
  X(MetricNps, "metric_nps") \
  X(MetricVolume, "metric_volume") \
  X(SurveyPromoters, "survey_promoters") \
  X(SurveyPassives, "survey_passives") \
  X(SurveyDetractors, "survey_detractors") \
  X(UnitSecondShort, "unit_second_short") \
  X(UnitMinuteShort, "unit_minute_short") \
  X(UnitHourShort, "unit_hour_short") \
  X(UnitDayShort, "unit_day_short") \
  X(UnitPercentPoints, "unit_percent_points") \
  X(UnitKilobytes, "unit_kilobytes") \
  X(UnitMegabytes, "unit_megabytes") \
  X(UnitGigabytes, "unit_gigabytes") \
  X(UnitTerabytes, "unit_terabytes") \
  X(ChartTarget, "chart_target") \
  X(ChartInterval, "chart_interval") \
  X(ChartSampleSize, "chart_sample_size") \
  X(ChartNoData, "chart_no_data") \
  X(ChartSavePng, "chart_save_png") \
  X(ChartLegendHint, "chart_legend_hint") \
  X(ChartValue, "chart_value") \
  X(ChartCount, "chart_count") \
  X(ChartShare, "chart_share") \
  X(ChartDate, "chart_date") \
  X(ChartHourOfDay, "chart_hour_of_day") \
  X(ChartHourOfWeek, "chart_hour_of_week") \
  X(ChartContacts, "chart_contacts") \
  X(ChartWaitTime, "chart_wait_time") \
  X(ChartAgentsNeeded, "chart_agents_needed") \
  X(ChartAgentsSeen, "chart_agents_seen") \
  X(ChartRange, "chart_range") \
  X(ChartLess, "chart_less") \
  X(ChartMore, "chart_more") \
  X(ChartHidden, "chart_hidden") \
  X(GalleryTitle, "gallery_title") \
  X(GalleryNote, "gallery_note") \
  X(GalleryLine, "gallery_line") \
  X(GalleryDense, "gallery_dense") \
  X(GalleryBars, "gallery_bars") \
  X(GalleryStacked, "gallery_stacked") \
  X(GalleryHistogram, "gallery_histogram") \
  X(GalleryHeatmap, "gallery_heatmap") \
  X(GallerySparklines, "gallery_sparklines") \
  X(GalleryVerdicts, "gallery_verdicts") \
  X(GalleryClose, "gallery_close") \
  X(MonthLong1, "month_long_1") X(MonthLong2, "month_long_2") X(MonthLong3, "month_long_3") \
  X(MonthLong4, "month_long_4") X(MonthLong5, "month_long_5") X(MonthLong6, "month_long_6") \
  X(MonthLong7, "month_long_7") X(MonthLong8, "month_long_8") X(MonthLong9, "month_long_9") \
  X(MonthLong10, "month_long_10") X(MonthLong11, "month_long_11") X(MonthLong12, "month_long_12") \
  X(MonthShort1, "month_short_1") X(MonthShort2, "month_short_2") X(MonthShort3, "month_short_3") \
  X(MonthShort4, "month_short_4") X(MonthShort5, "month_short_5") X(MonthShort6, "month_short_6") \
  X(MonthShort7, "month_short_7") X(MonthShort8, "month_short_8") X(MonthShort9, "month_short_9") \
  X(MonthShort10, "month_short_10") X(MonthShort11, "month_short_11") X(MonthShort12, "month_short_12") \
  X(WeekdayLong1, "weekday_long_1") X(WeekdayLong2, "weekday_long_2") X(WeekdayLong3, "weekday_long_3") \
  X(WeekdayLong4, "weekday_long_4") X(WeekdayLong5, "weekday_long_5") X(WeekdayLong6, "weekday_long_6") \
  X(WeekdayLong7, "weekday_long_7") \
  X(WeekdayShort1, "weekday_short_1") X(WeekdayShort2, "weekday_short_2") X(WeekdayShort3, "weekday_short_3") \
  X(WeekdayShort4, "weekday_short_4") X(WeekdayShort5, "weekday_short_5") X(WeekdayShort6, "weekday_short_6") \
  X(WeekdayShort7, "weekday_short_7")

// Strings with a count: one form per plural category of the language, `{n}` is the count.
#define CARESCORE_COUNTED_TEXTS(X) \
  X(Standards, "count_standards") \
  X(OfStandards, "count_of_standards") \
  X(Rows, "count_rows") \
  X(RowsSkipped, "count_rows_skipped") \
  X(Columns, "count_columns") \
  X(HeaderRows, "count_header_rows") \
  X(BlankLinesSkipped, "count_blank_lines_skipped") \
  X(Files, "count_files") \
  X(Agents, "count_agents") \
  X(Contacts, "count_contacts") \
  X(Days, "count_days") \
  X(Bytes, "count_bytes") \
  X(Failing, "count_failing") \
  X(AtRisk, "count_at_risk") \
  X(NoData, "count_no_data")
