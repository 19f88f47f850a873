#include "ui/documents/DocumentOutput.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>

namespace lianxin::documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
};

void setUp(QPrinter &printer, const QString &title, QPageSize::PageSizeId pageSize,
           QPageLayout::Orientation orientation)
{
    printer.setPageSize(QPageSize(pageSize));
    printer.setPageOrientation(orientation);
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

// Room for the title bar and borders the window manager adds around a window.
constexpr QSize kFrame(16, 48);

// Sizes a window to its preferred size or the screen, whichever is smaller, and centres it there.
void fitToScreen(QWidget &window, const QSize &preferred)
{
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window.resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = fittedSize(preferred, available);
    window.resize(size);
    const QSize framed = size + kFrame;
    window.move(available.x() + (available.width() - framed.width()) / 2,
                available.y() + (available.height() - framed.height()) / 2);
}

LayoutMaker caseMaker(const CaseFile &file, const DocumentChoice &choice)
{
    return [&file, &choice](QPagedPaintDevice &device) { return build(file, choice, device); };
}
} // namespace

void preview(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make,
             QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, pageSize, orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&make](QPrinter *target) { paint(target, make); });
    // An A4 page tall, where the screen has room for it (not on 1366×768 or 1024×768 laptops).
    fitToScreen(dialog, QSize(900, 1000));
    dialog.exec();
}

void print(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make,
           QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, pageSize, orientation);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer, make);
}

void saveAsPdf(QWidget *parent, const QString &title, QPageSize::PageSizeId pageSize, const LayoutMaker &make,
               QPageLayout::Orientation orientation)
{
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save as PDF"), suggestedPdfPath(title),
                                                      Tr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writePdfFile(path, title, make, pageSize, orientation);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, Tr::tr("Save as PDF"), written.error().message);
}

QString suggestedPdfPath(const QString &title)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::homePath();
    QString name = title.simplified();
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(refused, QStringLiteral("-"));
    return QDir(folder).filePath(name + QStringLiteral(".pdf"));
}

QSize fittedSize(const QSize &preferred, const QRect &available)
{
    return preferred.boundedTo(available.size() - kFrame);
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
