#pragma once

#include "ui/documents/MediationDocuments.h"

class QWidget;

namespace lianxin::documents {

// Where a document goes from the case page: a preview (which can print), the printer, or a PDF file.
void preview(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);
void print(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);
void saveAsPdf(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);

} // namespace lianxin::documents
