#include "ui/documents/DocumentOutput.h"

#include <QMessageBox>

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
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

void setUp(QPrinter &printer, const CaseFile &file, const DocumentChoice &choice)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(choice.title + QStringLiteral(" ") + file.dispute.caseNumber);
}

void paint(QPrinter *printer, const CaseFile &file, const DocumentChoice &choice)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    build(file, choice, *printer).render(*printer);
    QApplication::restoreOverrideCursor();
}
} // namespace

void preview(QWidget *parent, const CaseFile &file, const DocumentChoice &choice)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, file, choice);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(choice.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&file, &choice](QPrinter *target) { paint(target, file, choice); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void print(QWidget *parent, const CaseFile &file, const DocumentChoice &choice)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, file, choice);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer, file, choice);
}

void saveAsPdf(QWidget *parent, const CaseFile &file, const DocumentChoice &choice)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = choice.title + QStringLiteral(" ") + file.dispute.caseNumber + QStringLiteral(".pdf");
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save as PDF"), QDir(folder).filePath(name),
                                                      Tr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writePdf(file, choice, path);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, Tr::tr("Save as PDF"), written.error().message);
}

} // namespace lianxin::documents
