#pragma once

#include "core/common/Result.h"
#include "core/mediation/MediationReport.h"
#include "ui/documents/PageLayout.h"

namespace lianxin::documents {

// 人民调解工作统计表: the mediation report as a printed table (Chinese, like the other forms).
PageLayout reportLayout(const MediationReportData &report, const QString &regionName);
[[nodiscard]] Result<int> writeReportPdf(const MediationReportData &report, const QString &regionName, const QString &path);

} // namespace lianxin::documents
