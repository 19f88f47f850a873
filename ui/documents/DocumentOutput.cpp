#include "ui/documents/DocumentOutput.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace lianxin::documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
};

void setUp(QPrinter &printer, const QString &title, QPageSize::PageSizeId pageSize)
{
    printer.setPageSize(QPageSize(pageSize));
    printer.setFullPage(true);
    printer.setDocName(title);
}

void paint(QPrinter *printer, const LayoutMaker &make)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    make(*printer).render(*printer);
    QApplication::restoreOverrideCursor();
}

QString caseTitle(const CaseFile &file, const DocumentChoice &choice)
{
    return choice.title + QStringLiteral(" ") + file.dispute.caseNumber;
}

LayoutMaker caseMaker(const CaseFile &file, const DocumentChoice &choice)
{
    return [&file, &choice](QPagedPaintDevice &device) { return build(file, choice, device); };
}
} // namespace

void preview(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, pageSize);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&make](QPrinter *target) { paint(target, make); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void print(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, pageSize);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer, make);
}

void saveAsPdf(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = title + QStringLiteral(".pdf");
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save as PDF"), QDir(folder).filePath(name),
                                                      Tr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writePdfFile(path, title, make, pageSize);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, Tr::tr("Save as PDF"), written.error().message);
}

void preview(QWidget *parent, const CaseFile &file, const DocumentChoice &choice)
{
    preview(parent, caseTitle(file, choice), QPageSize::A4, caseMaker(file, choice));
}

void print(QWidget *parent, const CaseFile &file, const DocumentChoice &choice)
{
    print(parent, caseTitle(file, choice), QPageSize::A4, caseMaker(file, choice));
}

void saveAsPdf(QWidget *parent, const CaseFile &file, const DocumentChoice &choice)
{
    saveAsPdf(parent, caseTitle(file, choice), QPageSize::A4, caseMaker(file, choice));
}

} // namespace lianxin::documents
