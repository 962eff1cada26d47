// The compute function of each metric of the catalogue, grouped as the catalogue is: one result
// per segment of the job. Internal to metrics/; metric_engine.cpp dispatches to them by key.
#pragma once
#include <vector>

#include "core/metrics/field_access.h"
#include "core/metrics/metric_job.h"

namespace carescore {

using ComputeFunction = std::vector<MetricResult> (*)(MetricJob& job);

// Reaching the team (compute_queue.cpp, compute_reach.cpp).
std::vector<MetricResult> computeServiceLevel(MetricJob& job);
std::vector<MetricResult> computeAsa(MetricJob& job);
std::vector<MetricResult> computeAbandonRate(MetricJob& job);
std::vector<MetricResult> computeFirstResponse(MetricJob& job);
std::vector<MetricResult> computeContactsOutsideHours(MetricJob& job);
std::vector<MetricResult> computeStepsToContact(MetricJob& job);
std::vector<MetricResult> computeVolume(MetricJob& job);

// Solving the problem (compute_resolution.cpp, compute_handling.cpp).
std::vector<MetricResult> computeFcr(MetricJob& job);
std::vector<MetricResult> computeSameDayResolution(MetricJob& job);
std::vector<MetricResult> computeResolutionTime(MetricJob& job);
std::vector<MetricResult> computeReopenRate(MetricJob& job);
std::vector<MetricResult> computeTransfersPerContact(MetricJob& job);
std::vector<MetricResult> computeRepliesPerContact(MetricJob& job);
std::vector<MetricResult> computeBacklogRatio(MetricJob& job);
std::vector<MetricResult> computeRepeatTopics(MetricJob& job);

// What customers say (compute_surveys.cpp).
std::vector<MetricResult> computeNps(MetricJob& job);
std::vector<MetricResult> computeCsat(MetricJob& job);
std::vector<MetricResult> computeCes(MetricJob& job);
std::vector<MetricResult> computeServqual(MetricJob& job);

// Workload and the business around it (compute_workload.cpp, compute_orders.cpp, compute_retention.cpp).
std::vector<MetricResult> computeAht(MetricJob& job);
std::vector<MetricResult> computeOccupancy(MetricJob& job);
std::vector<MetricResult> computeAgentConsistency(MetricJob& job);
std::vector<MetricResult> computeOnTimeDelivery(MetricJob& job);
std::vector<MetricResult> computeOrderAccuracy(MetricJob& job);
std::vector<MetricResult> computeAppointmentKept(MetricJob& job);
std::vector<MetricResult> computeRetention(MetricJob& job);

} // namespace carescore
