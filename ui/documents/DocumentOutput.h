#pragma once

#include "ui/documents/MediationDocuments.h"

#include <QRect>
#include <QSize>

#include <functional>

class QWidget;

namespace lianxin::documents {

// Builds a document's pages for the device it will be drawn on.
using LayoutMaker = std::function<PageLayout(QPagedPaintDevice &)>;

// Where a document goes: a preview (which can print), the printer, or a PDF file the user names. Wide lists
// print across the page (landscape).
void preview(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make,
             QPageLayout::Orientation orientation = QPageLayout::Portrait);
void print(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make,
           QPageLayout::Orientation orientation = QPageLayout::Portrait);
void saveAsPdf(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make,
               QPageLayout::Orientation orientation = QPageLayout::Portrait);

// Where the save dialog first proposes to write a document: the user's Documents folder (made when
// missing, so that the dialog does not open in the working folder instead) and the title as the file's
// name, less the characters a USB stick's file system refuses.
QString suggestedPdfPath(const QString &title);

// A window's size: the one it prefers, within the part of the screen that `available` leaves free
// (QScreen::availableGeometry), its frame included.
QSize fittedSize(const QSize &preferred, const QRect &available);

// The same for a case's documents, from the case page (A4, titled with the case number).
void preview(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);
void print(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);
void saveAsPdf(QWidget *parent, const CaseFile &file, const DocumentChoice &choice);

} // namespace lianxin::documents
