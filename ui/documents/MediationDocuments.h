#pragma once

#include "core/common/Result.h"
#include "ui/documents/CaseFile.h"
#include "ui/documents/PageLayout.h"

class QPagedPaintDevice;

namespace lianxin::documents {

// The Ministry of Justice's people's-mediation forms (2010 formats), filled from a case.
enum class Form
{
    Intake,        // 人民调解受理登记表
    RightsNotice,  // 人民调解权利义务告知书
    Investigation, // 人民调解调查记录 (one per investigation)
    Session,       // 人民调解记录 (one per session)
    Agreement,     // 人民调解协议书 (copies = parties + 1)
    OralAgreement, // 口头调解协议登记表
    FollowUp,      // 人民调解回访记录 (one per visit)
    ClosingReport, // 人民调解案件结案报告表
    Dossier,       // 人民调解卷宗: cover, contents, every document, back cover
};

// A document that can be printed for a case now.
struct DocumentChoice
{
    Form form;
    QString stepId; // the step it records, for the per-step forms
    QString title;  // as listed to the user (Chinese, like the form)
};

// The documents the case's steps so far allow, in dossier order; the dossier last.
QList<DocumentChoice> availableDocuments(const CaseFile &file);
// One form laid out (the dossier needs the device to number its contents).
PageLayout build(const CaseFile &file, const DocumentChoice &choice, QPagedPaintDevice &device);
// Writes a document as an A4 PDF with its fonts embedded; returns the number of pages.
[[nodiscard]] Result<int> writePdf(const CaseFile &file, const DocumentChoice &choice, const QString &path);

} // namespace lianxin::documents
