#pragma once

#include "ui/documents/MediationDocuments.h"

#include <functional>

class QWidget;

namespace lianxin::documents {

// Builds a document's pages for the device it will be drawn on.
using LayoutMaker = std::function<PageLayout(QPagedPaintDevice &)>;

// Where a document goes: a preview (which can print), the printer, or a PDF file the user names.
void preview(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make);
void print(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make);
void saveAsPdf(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make);

// The same for a case's documents, from the case page (A4, titled with the case number).
void preview(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);
void print(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);
void saveAsPdf(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);

} // namespace lianxin::documents
